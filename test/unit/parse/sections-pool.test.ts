import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextFacts } from '../../../utils/lang/text-facts';
import { assignSections, type SectionBlock } from '../../../utils/sections';

const paragraphs = (texts: string[]): SectionBlock[] =>
  texts.map((text) => ({ text, kind: 'paragraph', source: null }));

// Long enough to vote on the page's languages; the English and German ones are dense in function words of their own
// (the cheap guess places them), the short lines are not. Spanish shares most of its commonest words with Asturian,
// Galician and Catalan, so the cheap guess leaves it to the model.
const EN = [
  'The city council approved a plan to repair the tram lines in the centre of the city, and the work will start soon.',
  'The work will start next month and is expected to last for at least two years, the deputy mayor said on Tuesday.',
  'Passengers should expect detours, because some of the lines will be sent through other streets for a while.',
];
const ES = [
  'El ayuntamiento aprobó un plan para reparar las líneas de tranvía en el centro de la ciudad, y las obras empezarán pronto.',
  'Las obras empezarán el mes que viene y durarán por lo menos dos años, dijo el martes el teniente de alcalde.',
  'Los pasajeros deben contar con desvíos, porque algunas de las líneas irán por otras calles durante un tiempo.',
];
const DE = [
  'Der Stadtrat hat einen Plan zur Reparatur der Straßenbahnlinien im Zentrum der Stadt gebilligt, und die Arbeiten beginnen bald.',
  'Die Arbeiten beginnen im nächsten Monat und werden mindestens zwei Jahre dauern, sagte der Vizebürgermeister am Dienstag.',
  'Die Fahrgäste müssen mit Umleitungen rechnen, weil einige der Linien für eine Weile durch andere Straßen fahren werden.',
];
const SHORT_DE = 'Eine Gallone Wasser pro Person und Tag, mindestens sieben Tage lang';
const SHORT = [
  'One gallon of water per person per day, for at least seven days',
  'Un galón de agua por persona al día, durante al menos siete días',
];
const CS = [
  'Městská rada v Brně schválila v úterý večer nový plán pro opravu tramvajových tratí v centru města.',
  'Práce začnou příští měsíc a potrvají nejméně dva roky, uvedl náměstek primátora pro dopravu.',
  'Cestující musí počítat s objížďkami, protože některé linie budou dočasně vedeny jinými ulicemi.',
  'Dopravní podnik slíbil, že o každé změně bude lidi informovat s týdenním předstihem na zastávkách.',
  'Kritici upozorňují, že město podobné sliby dávalo už dříve a stavby se pokaždé protáhly.',
  'Radní odpověděli, že tentokrát mají smlouvu s pevnými termíny a pokutami za zpoždění.',
];

/** The candidates of every model call the page's first pass makes (candidates never include a pair yet). */
function modelCalls(blocks: SectionBlock[]): { calls: Array<readonly string[]>; languages: string[] } {
  const calls: Array<readonly string[]> = [];
  const original = TextFacts.prototype.identify;
  vi.spyOn(TextFacts.prototype, 'identify').mockImplementation(function (this: TextFacts, text, candidates, hist) {
    calls.push([...candidates]);
    return original.call(this, text, candidates, hist);
  });
  const { languages } = assignSections(blocks);
  return { calls, languages };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the page's languages: blocks the cheap guess cannot place", () => {
  it('are weighed between the two languages the guess found, when those carry most of the text', () => {
    const { calls, languages } = modelCalls(paragraphs([...EN, SHORT[0]!, ...DE, SHORT_DE]));
    expect(languages.slice().sort()).toEqual(['de', 'en']);
    // No call over every language Diglot knows: the two short lines were weighed between English and German.
    expect(calls.some((c) => c.length === 0)).toBe(false);
    expect(calls.filter((c) => c.length === 2 && c.includes('en') && c.includes('de')).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('leave a page of two close languages to the model, which still finds both', () => {
    const { languages } = modelCalls(paragraphs([...EN, SHORT[0]!, ...ES, SHORT[1]!]));
    expect(languages.slice().sort()).toEqual(['en', 'es']);
  });

  it('are weighed against every language when they outweigh what the guess placed: a Czech article stays Czech', () => {
    const { calls, languages } = modelCalls(paragraphs([...CS, EN[0]!, EN[1]!, ES[0]!, ES[1]!]));
    expect(calls.some((c) => c.length === 0)).toBe(true);
    expect(languages[0]).toBe('cs');
  });
});
