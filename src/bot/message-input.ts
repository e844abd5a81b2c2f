/** What kind of text arrived, before any feature looks at it. */
export type MessageInput =
  | { kind: 'empty' }
  | { kind: 'emoji_only' }
  | { kind: 'too_long'; length: number }
  | { kind: 'text'; text: string };

export const MAX_MESSAGE_LENGTH = 2_000;

// Pictographs, skin tones, flags (regional indicators), joiners and variation selectors; digits are not emoji here.
const EMOJI_PARTS = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;

/** Strips Teams' <at> mention markup and HTML the client may send, then classifies. */
export function classifyMessage(raw: string | undefined): MessageInput {
  const text = (raw ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_MESSAGE_LENGTH) return { kind: 'too_long', length: text.length };
  const rest = text.replace(EMOJI_PARTS, '').replace(/[\s\p{P}\p{S}]/gu, '');
  if (rest === '' && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text)) return { kind: 'emoji_only' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'empty' };
  return { kind: 'text', text };
}
