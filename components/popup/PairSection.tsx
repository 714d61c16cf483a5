/**
 * "Read beside its translation": the pages the user may read beside this one (a page read beside it before, the
 * translations it links to, their other open tabs). Choosing one asks the background to get that page as the user's
 * browser shows it and to open the reader on the two; nothing is requested before the click.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messaging';
import { t, type MessageKey } from '../../platform/i18n';
import type { PageStatus, PairFailure } from '../../utils/messages';
import { pairChoices, type PairChoice } from './pair-choices';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; choices: PairChoice[] }
  | { kind: 'working'; choices: PairChoice[]; choice: PairChoice }
  | { kind: 'done'; choices: PairChoice[]; message: string; error: boolean };

const FAILURE_KEYS: Record<PairFailure['kind'], MessageKey> = {
  'not-translation': 'pairNotTranslation',
  'load-failed': 'pairLoadFailed',
  unreadable: 'pairUnreadable',
  'no-reader': 'pairNoReader',
};

const KIND_KEYS: Record<PairChoice['kind'], MessageKey> = {
  remembered: 'pairKindRemembered',
  alternate: 'pairKindAlternate',
  tab: 'pairKindTab',
};

interface Props {
  tabId: number;
  pageUrl: string;
  disabled: boolean;
  onPaired(status: PageStatus): void;
}

export function PairSection({ tabId, pageUrl, disabled, onPaired }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void pairChoices(tabId, pageUrl)
      .catch(() => [])
      .then((choices) => live && setState({ kind: 'ready', choices }));
    return () => {
      live = false;
    };
  }, [tabId, pageUrl]);

  async function choose(choice: PairChoice, choices: PairChoice[]) {
    setState({ kind: 'working', choices, choice });
    try {
      const reply = await sendMessage('background:openPair', { tabId, target: choice.target });
      if (reply.failure) {
        // The parser's warning may itself open with "the pages do not read as a translation": say that once.
        const reason = reply.failure.reason.replace(
          /^(?:the )?(?:two )?pages do not read as a translation[^:]*:\s*/i,
          '',
        );
        const message = t(FAILURE_KEYS[reply.failure.kind], reason || '…');
        return setState({ kind: 'done', choices, message, error: true });
      }
      setState({ kind: 'done', choices, message: t('pairDone', choice.label), error: false });
      if (reply.status) onPaired(reply.status);
    } catch (error) {
      setState({ kind: 'done', choices, message: t('pairLoadFailed', String(error)), error: true });
    }
  }

  const busy = state.kind === 'working';
  const choices = state.kind === 'loading' ? [] : state.choices;
  return (
    <section class="pair" aria-labelledby="pair-heading" aria-busy={state.kind === 'loading' || busy}>
      <h2 id="pair-heading">{t('pairHeading')}</h2>
      {state.kind === 'loading' ? <p class="muted">{t('pairLooking')}</p> : null}
      {state.kind !== 'loading' && choices.length === 0 ? <p class="muted">{t('pairNone')}</p> : null}
      {choices.length ? (
        <ul class="pair-list">
          {choices.map((choice) => (
            <li key={choice.target.url}>
              <button
                type="button"
                class="pair-choice"
                data-pair-kind={choice.kind}
                data-pair-url={choice.target.url}
                disabled={disabled || busy}
                onClick={() => void choose(choice, choices)}
              >
                <span class="pair-label" lang={choice.lang} dir="auto">
                  {choice.label}
                  {choice.native ? (
                    <>
                      {' · '}
                      <span lang={choice.native.lang}>{choice.native.text}</span>
                    </>
                  ) : null}
                </span>
                <span class="pair-detail">
                  {t(KIND_KEYS[choice.kind])} · {choice.language ? `${choice.language} · ` : ''}
                  {choice.host}
                  {choice.open && choice.kind !== 'tab' ? ` · ${t('pairOpenAlready')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {/* A live region of its own (not role=status): the clip section's status stays the popup's last one. */}
      <p aria-live="polite" class="muted pair-progress">
        {state.kind === 'working'
          ? t(state.choice.open ? 'pairReading' : 'pairOpening')
          : state.kind === 'done' && !state.error
            ? state.message
            : ''}
      </p>
      {state.kind === 'done' && state.error ? (
        <p role="alert" class="error">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
