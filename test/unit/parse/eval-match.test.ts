/**
 * How `npm run eval` finds the gold paragraph of each parser block when the text alone is ambiguous (scripts/eval.ts,
 * `matchBlocks`): the refrain of a poem, a line holding the poem's one-word title, a title equal to the first line.
 */
import { describe, expect, it } from 'vitest';
import { matchBlocks, type GoldParagraph } from '../../../scripts/eval';

const gold = (...texts: string[]): GoldParagraph[] => texts.map((text) => ({ lang: 'en', text }));

describe('matchBlocks', () => {
  it('puts a refrain line with the stanza of the lines around it', () => {
    const stanzas = gold(
      'The road is long, take me into your black eyes. I do not belong here.',
      'The cranes go and I stay, take me into your black eyes. Hopes stay.',
    );
    const blocks = [
      { text: 'The road is long,' },
      { text: 'take me into your black eyes.' },
      { text: 'I do not belong here.' },
      { text: 'The cranes go and I stay,' },
      { text: 'take me into your black eyes.' },
      { text: 'Hopes stay.' },
    ];
    expect(matchBlocks(blocks, stanzas)).toEqual([[0], [0], [0], [1], [1], [1]]);
  });

  it('puts a line that holds the one-word title with the stanza it is a line of', () => {
    const paragraphs = gold('Futile', 'In the end I will write a single word: futile. Like pearls on a thread.');
    expect(matchBlocks([{ text: 'In the end I will write a single word: futile.' }], paragraphs)).toEqual([[1]]);
  });

  it('gives a title and a first line of the same words one gold each', () => {
    const paragraphs = gold('My love, I too am a riddle', 'My love, I too am a riddle!');
    const blocks = [{ text: 'My love, I too am a riddle', kind: 'heading' }, { text: 'My love, I too am a riddle!' }];
    expect(matchBlocks(blocks, paragraphs)).toEqual([[0], [1]]);
  });

  it('keeps a heading that opens the paragraph after it a heading', () => {
    const paragraphs = gold('The repository', 'The repository holds the code and the data.');
    const blocks = [
      { text: 'The repository', kind: 'heading' },
      { text: 'The repository holds the code and the data.' },
    ];
    expect(matchBlocks(blocks, paragraphs)).toEqual([[0], [1]]);
  });
});
