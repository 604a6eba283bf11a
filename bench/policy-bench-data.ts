import type { Policy } from '../shared/feed/schema';

// Deterministic inputs for bench/policy.bench.ts: a realistic ~3,000-character LinkedIn draft and
// generated term lists, so runs compare like with like.

const PARAGRAPHS = [
  'Thrilled to share some news from our team at Lumen Robotics! After eighteen months of prototyping, field trials and more late nights than I care to count, our warehouse picking robots are now running in three distribution centres across Europe.',
  'What I love most about this project is how much we learned from the people on the floor. Operators told us where the robots got in the way, which aisles were too narrow, and when a human simply does the job better. We rebuilt the navigation stack twice because of that feedback, and the result is calmer, safer and faster.',
  'A few numbers I am allowed to share: pick accuracy is above 99.8%, average travel distance per order dropped by a third, and not a single safety incident has been reported since the first pilot in Rotterdam. Those figures come straight from our public case study, linked below.',
  'None of this happens without a great team. Huge thanks to our hardware engineers in Eindhoven, to the software crew who kept the fleet manager humming through every release, and to our partners who trusted us with their busiest weeks of the year.',
  'If you are curious about how autonomous mobile robots can work alongside people rather than replacing them, I would be happy to chat. We are also hiring mechatronics engineers, field technicians and a product manager for our logistics line, so feel free to reach out or share this with someone who might be interested.',
  'Next stop: the Automation Expo in Munich next month, where we will demo the new gripper that handles soft packaging without crushing it. Come say hello at our booth, bring your hardest picking problem, and let us see whether our robots can solve it on the spot.',
  'Onwards and upwards. #Robotics #Logistics #Automation #LumenEmployee',
];

export const DRAFT = PARAGRAPHS.join('\n\n').padEnd(3000, ' More soon.').slice(0, 3000);

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zen', 'qui', 'bra', 'dor', 'fex', 'gul', 'hap', 'jin'];

/** `count` distinct made-up code names, one or two words each, that do not occur in DRAFT. */
export function generatedTerms(count: number): string[] {
  const terms: string[] = [];
  for (let k = 0; terms.length < count; k++) {
    let word = '';
    for (let n = k + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
    terms.push(k % 3 === 0 ? `Project ${word}` : word);
  }
  return terms;
}

export function termPolicy(terms: string[]): Policy {
  return { id: `terms-${terms.length}`, severity: 'warn', message: 'Confidential code name.', terms };
}

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The naive way: one case-insensitive, word-bounded regular expression per term, run in a loop. */
export function naiveChecker(terms: string[]): (text: string) => { start: number; end: number }[] {
  const patterns = terms.map((term) => new RegExp(`\\b${escapeRegExp(term).replace(/ /g, '\\s+')}\\b`, 'gi'));
  return (text) => {
    const found: { start: number; end: number }[] = [];
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
    }
    return found;
  };
}
