import { foldWord } from './text-normalise.ts';

export const SMALLTALK_INTENTS = ['greeting', 'thanks', 'bye', 'help', 'ack'] as const;
export type SmalltalkIntent = (typeof SMALLTALK_INTENTS)[number];

/** Phrases in folded form; a message is small talk only if nothing else is left once they are removed. */
const PHRASES: Readonly<Record<SmalltalkIntent, readonly string[]>> = {
  greeting: ['hallo', 'hallochen', 'hi', 'hey', 'moin', 'moinmoin', 'servus', 'gruss gott', 'gruess gott', 'gruezi',
    'guten morgen', 'guten tag', 'guten abend', 'morgen', 'tag', 'hello', 'good morning', 'good afternoon', 'huhu', 'ahoi'],
  thanks: ['danke', 'dankeschoen', 'danke schoen', 'vielen dank', 'besten dank', 'herzlichen dank', 'merci', 'thx',
    'thanks', 'thank you', 'ty', 'dank', 'das hat geholfen', 'hat geholfen', 'super', 'klasse', 'prima', 'toll', 'perfekt'],
  bye: ['tschuess', 'tschues', 'ciao', 'bye', 'goodbye', 'auf wiedersehen', 'bis bald', 'bis dann', 'ade', 'adieu',
    'schoenen tag', 'schoenes wochenende', 'see you', 'servus'],
  help: ['hilfe', 'help', 'was kannst du', 'was kann ich fragen', 'was kann ich dich fragen', 'wer bist du', 'wie funktionierst du',
    'what can you do', 'who are you', 'menu', 'menue', 'start', 'info', 'wobei kannst du', 'womit kannst du',
    'wie kannst du', 'wobei hilfst du', 'womit hilfst du', 'was machst du', 'was weisst du', 'was kann der bot',
    'helfen', 'how can you help', 'what do you know', 'what can i ask', 'kannst du mir helfen', 'can you help',
    // Asking which questions the bot takes is asking what it can do, not whom to contact with questions (faq-40).
    'what kind of questions can i ask', 'what questions can i ask', 'what kind of questions can you answer',
    'what questions can you answer', 'welche fragen kann ich stellen', 'welche fragen kann ich dir stellen',
    'welche fragen kann ich ihnen stellen', 'welche fragen beantwortest du', 'welche fragen beantworten sie',
    'welche fragen kannst du beantworten', 'welche fragen koennen sie beantworten', 'wobei koennen sie',
    'womit koennen sie', 'wie koennen sie', 'was koennen sie', 'behilflich sein'],
  ack: ['ok', 'okay', 'okey', 'alles klar', 'passt', 'gut', 'verstanden', 'ja', 'nein', 'alright', 'got it', 'cool'],
};

const FILLER = new Set(['dir', 'ihnen', 'euch', 'bot', 'lotsenbot', 'nochmal', 'mal', 'sehr', 'so', 'schon', 'zusammen',
  'ihr', 'lieber', 'liebe', 'und', 'das', 'mir', 'ja', 'auch', 'noch', 'einen', 'nen', 'so', 'much', 'a', 'lot', 'you',
  'very', 'again', 'all', 'there', 'dann', 'erstmal', 'denn', 'alles', 'eigentlich', 'me', 'with', 'bitte', 'hat', 'geholfen', 'wirklich', 'echt', 'vielmals']);

const EMOJI_INTENT: ReadonlyArray<[RegExp, SmalltalkIntent]> = [
  [/\u{1F44B}/u, 'greeting'],
  [/[\u{1F64F}\u{1F44D}\u2764]/u, 'thanks'],
];

type Phrase = { readonly words: readonly string[]; readonly intent: SmalltalkIntent };
const PHRASE_LIST: readonly Phrase[] = Object.entries(PHRASES)
  .flatMap(([intent, list]) => list.map((p) => ({ words: p.split(' '), intent: intent as SmalltalkIntent })))
  .sort((a, b) => b.words.length - a.words.length);

/** Intent of a message that is only small talk ("Moin!", "danke dir 🙏", "thx"), else undefined. */
export function detectSmalltalk(text: string): SmalltalkIntent | undefined {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord);
  if (words.length === 0) return EMOJI_INTENT.find(([re]) => re.test(text))?.[1];
  if (words.length > 8) return undefined;
  const found: SmalltalkIntent[] = [];
  let i = 0;
  while (i < words.length) {
    const phrase = PHRASE_LIST.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      found.push(phrase.intent);
      i += phrase.words.length;
    } else if (FILLER.has(words[i]!)) i += 1;
    else return undefined;
  }
  return strongest(found);
}

/** "hallo, danke" is a thank-you; a greeting only wins when nothing more specific was said. */
function strongest(found: readonly SmalltalkIntent[]): SmalltalkIntent | undefined {
  for (const intent of ['help', 'thanks', 'bye', 'greeting', 'ack'] as const) if (found.includes(intent)) return intent;
  return undefined;
}
