// Letters of other scripts that render like Latin ones, folded to the Latin letter they imitate, so
// "Fаlcon" with a Cyrillic а reads "Falcon" (the idea of a UTS #39 skeleton, kept to letters that pass for
// Latin in common fonts: the full confusables table would cost the content script tens of kilobytes).
// Case is kept, because detectors read it. Both sides of a comparison go through the same fold, so a
// Russian term still matches Russian text; the price is that a Latin term also matches a word of another
// script spelled only with look-alikes.
const FROM =
  // Cyrillic
  'аеорсухіјѕԁһӏԛԝкАВЕКМНОРСТХУІЈЅԌԚԜӀ' +
  // Greek
  'αοικνρυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ' +
  // Latin letters that pass for others, and Armenian
  'ıȷɑɡօոսհ';
const TO = 'aeopcyxijsdhlqwkABEKMHOPCTXYIJSGQWI' + 'aoikvpuxABEZHIKMNOPTYX' + 'ijagonuh';

export const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(Array.from(FROM, (from, i) => [from, TO[i] as string]));

export const LOOK_ALIKE = new RegExp(`[${FROM}]`, 'g');

/** Each look-alike letter replaced by the Latin letter it imitates. */
export function foldLookAlikes(text: string): string {
  return text.replace(LOOK_ALIKE, (letter) => LOOK_ALIKES.get(letter) ?? letter);
}

/** Full stops that a browser reads as the dot of a host name (IDNA maps them to "."). */
export const DOT_LIKES: ReadonlySet<string> = new Set(['\u3002', '\uFF0E', '\uFF61']);
