import type { Fix, Policy } from '../feed/schema';

const COMPANY = '{company}';

const fill = (text: string, company: string) => text.replaceAll(COMPANY, company);

function fillFix(fix: Fix, company: string): Fix {
  if ('append' in fix) return { append: fill(fix.append, company) };
  if ('prepend' in fix) return { prepend: fill(fix.prepend, company) };
  if ('replace' in fix) return { replace: fill(fix.replace, company) };
  return fix;
}

/**
 * The policy with `{company}` in its disclosure phrases, fix and message replaced by its feed's publisher
 * name, so one rule ("I work at {company}", a prepend fix "(I work at {company}) ") serves any company's feed.
 * Only `{company}`: the employee's own details have no place in a rule. Without a name it stays as written.
 */
export function withCompany<P extends Policy>(policy: P, company: string | undefined): P {
  if (!company) return policy;
  const texts = `${policy.message}${policy.fix ? JSON.stringify(policy.fix) : ''}${policy.disclosure?.phrases.join('') ?? ''}`;
  if (!texts.includes(COMPANY)) return policy;
  return {
    ...policy,
    message: fill(policy.message, company),
    ...(policy.fix ? { fix: fillFix(policy.fix, company) } : {}),
    ...(policy.disclosure
      ? { disclosure: { ...policy.disclosure, phrases: policy.disclosure.phrases.map((p) => fill(p, company)) } }
      : {}),
  };
}
