import { parse } from 'yaml';
import { herald } from './cli-harness';

/**
 * Reads the CI files in examples/publish as the forges do, far enough to check them: which shell scripts run in
 * which job, under which conditions, and which herald-feed and aws commands those scripts call.
 */

export type Forge = 'github' | 'gitlab';

/** One shell script a job runs: a GitHub step's `run`, or a GitLab job's `before_script` + `script`. */
export interface PipelineScript {
  job: string;
  /** Its place in the job, so `runsAfter` can order two scripts of one job. */
  index: number;
  text: string;
  /** When it runs: GitHub's job and step `if`, or every `if` of the GitLab job's `rules` (none: always). */
  conditions: string[];
  /** The GitLab job's container image. */
  image?: string;
}

export interface Pipeline {
  forge: Forge;
  /** The parsed YAML document. */
  doc: Record<string, unknown>;
  /** The comment block at the top of the file, where the secrets and variables to set are named. */
  header: string;
  scripts: PipelineScript[];
  /** GitHub steps' `uses`, e.g. actions/checkout@v4, with their inputs and the conditions they run under. */
  actions: { job: string; index: number; uses: string; with: Node; conditions: string[] }[];
  /** The jobs each job waits for. */
  needs: Map<string, string[]>;
}

/** A command found in a script: its words, shell quotes removed, variables left as written. */
export interface ScriptCommand {
  script: PipelineScript;
  words: string[];
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** GitLab's top-level keywords: everything else is a job. */
const GITLAB_KEYWORDS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
]);

/** Parses a workflow or .gitlab-ci.yml; throws on invalid YAML. */
export function readPipeline(text: string, forge: Forge): Pipeline {
  const doc: unknown = parse(text, { prettyErrors: true, uniqueKeys: true });
  if (!isNode(doc)) throw new Error('the file is not a YAML mapping');
  const header = (text.match(/^(?:#.*\n)+/)?.[0] ?? '').replace(/^# ?/gm, '');
  const pipeline: Pipeline = { forge, doc, header, scripts: [], actions: [], needs: new Map() };
  return forge === 'github' ? readGithub(pipeline) : readGitlab(pipeline);
}

function readGithub(pipeline: Pipeline): Pipeline {
  const jobs = pipeline.doc.jobs;
  if (!isNode(jobs)) return pipeline;
  for (const [job, definition] of Object.entries(jobs)) {
    if (!isNode(definition)) continue;
    pipeline.needs.set(job, ([] as unknown[]).concat(definition.needs ?? []).map(String));
    const jobIf = asString(definition.if);
    const steps = Array.isArray(definition.steps) ? definition.steps : [];
    steps.forEach((step: unknown, index) => {
      if (!isNode(step)) return;
      const conditions = [jobIf, asString(step.if)].filter((condition) => condition !== undefined);
      const run = asString(step.run);
      if (run !== undefined) pipeline.scripts.push({ job, index, text: run, conditions });
      const uses = asString(step.uses);
      if (uses !== undefined) {
        pipeline.actions.push({ job, index, uses, with: isNode(step.with) ? step.with : {}, conditions });
      }
    });
  }
  return pipeline;
}

/** A GitLab job with what it inherits through `extends` (one template or a list, templates first). */
function withExtends(jobs: Node, definition: Node): Node {
  const parents = ([] as unknown[]).concat(definition.extends ?? []).map(String);
  const inherited = parents.map((name) => jobs[name]).filter(isNode);
  return Object.assign({}, ...inherited.map((parent) => withExtends(jobs, parent)), definition);
}

/** GitLab scripts are a string or a list of strings and lists (nested by `!reference`-free anchors). */
function scriptLines(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.flatMap(scriptLines) : [];
}

function readGitlab(pipeline: Pipeline): Pipeline {
  const jobs = pipeline.doc;
  for (const [job, raw] of Object.entries(jobs)) {
    // A hidden job (".name") never runs by itself; the jobs that extend it carry its scripts.
    if (GITLAB_KEYWORDS.has(job) || job.startsWith('.') || !isNode(raw)) continue;
    const definition = withExtends(jobs, raw);
    pipeline.needs.set(
      job,
      ([] as unknown[]).concat(definition.needs ?? []).map((need) => (isNode(need) ? String(need.job) : String(need))),
    );
    const rules = Array.isArray(definition.rules) ? definition.rules.filter(isNode) : [];
    const conditions = rules.map((rule) => asString(rule.if) ?? '(always)');
    const image = isNode(definition.image) ? asString(definition.image.name) : asString(definition.image);
    const lines = [...scriptLines(definition.before_script), ...scriptLines(definition.script)];
    lines.forEach((text, index) => {
      pipeline.scripts.push({ job, index, text, conditions, ...(image === undefined ? {} : { image }) });
    });
  }
  return pipeline;
}

const OPERATORS = ['&&', '||', ';', '|', '&', '(', ')'];

/**
 * Splits a shell script into commands and their words: quotes removed, backslash-newline joined, comments
 * dropped, `$VAR` left as written. `$( … )` opens a command of its own. Enough for CI scripts, not a shell.
 */
export function shellCommands(text: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  const source = text.replace(/\\\r?\n/g, ' ');
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && '"\\$`'.includes(source.charAt(i + 1))) word += source.charAt(++i);
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (char === '\\') {
      word = (word ?? '') + source.charAt(++i);
    } else if (char === '\n') {
      endCommand();
    } else if (/\s/.test(char)) {
      endWord();
    } else if (char === '#' && word === undefined) {
      while (i + 1 < source.length && source.charAt(i + 1) !== '\n') i++;
    } else {
      const operator = OPERATORS.find((candidate) => source.startsWith(candidate, i));
      if (operator) {
        endCommand();
        i += operator.length - 1;
      } else {
        word = (word ?? '') + char;
      }
    }
  }
  endCommand();
  return commands;
}

/** Every command of every script, with leading `NAME=value` assignments dropped. */
export function pipelineCommands(pipeline: Pipeline): ScriptCommand[] {
  return pipeline.scripts.flatMap((script) =>
    shellCommands(script.text).map((words) => {
      const start = words.findIndex((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
      return { script, words: start === -1 ? [] : words.slice(start) };
    }),
  );
}

/** The arguments of every `herald-feed …` (or `npx [options] herald-feed …`) a pipeline runs. */
export function heraldInvocations(pipeline: Pipeline): ScriptCommand[] {
  return pipelineCommands(pipeline).flatMap(({ script, words }) => {
    let start = 0;
    if (words[0] === 'npx') {
      start = 1;
      while (words[start]?.startsWith('-')) start++;
    }
    return words[start] === 'herald-feed' ? [{ script, words: words.slice(start + 1) }] : [];
  });
}

/**
 * Runs the invocation with `--help` appended, in-process: herald-feed's strict parser exits 2 on a command or
 * an option it does not know (or an option missing its value), and prints the command's help otherwise.
 */
export async function invocationProblem(args: string[]): Promise<string | undefined> {
  const shown = `herald-feed ${args.join(' ')}`;
  const run = await herald([...args, '--help']);
  if (run.code !== 0) return `${shown}: exit code ${run.code}: ${run.err.split('\n')[0]}`;
  if (!run.out.includes(`Usage: herald-feed ${args[0]}`)) return `${shown}: not a herald-feed command`;
  return undefined;
}

/** Every herald-feed invocation of the pipeline that names a command or an option herald-feed does not have. */
export async function commandProblems(pipeline: Pipeline): Promise<string[]> {
  const invocations = heraldInvocations(pipeline);
  if (invocations.length === 0) return ['no herald-feed command found'];
  const problems = await Promise.all(
    invocations.map(async ({ script, words }) => {
      const problem = await invocationProblem(words);
      return problem === undefined ? undefined : `${script.job}: ${problem}`;
    }),
  );
  return problems.filter((problem) => problem !== undefined);
}

/** The options of a command's words: `--name value` and `--name=value` (a flag followed by a flag is ''). */
export function optionsOf(words: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  words.forEach((word, index) => {
    if (!word.startsWith('-')) return;
    const [name = '', inline] = word.split(/=(.*)/s);
    const next = words[index + 1];
    options.set(name, inline ?? (next !== undefined && !next.startsWith('-') ? next : ''));
  });
  return options;
}

/** The condition that holds only for a push to the default branch, as each file writes it. */
export function runsOnDefaultBranchOnly(forge: Forge, conditions: readonly string[]): boolean {
  if (forge === 'github') {
    return conditions.some(
      (condition) =>
        condition.includes("github.event_name == 'push'") &&
        condition.includes("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"),
    );
  }
  return (
    conditions.length > 0 && conditions.every((condition) => condition === '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH')
  );
}

/** Whether script `later` runs after `earlier`: later in the same job, or in a job that needs its job. */
export function runsAfter(pipeline: Pipeline, later: PipelineScript, earlier: PipelineScript): boolean {
  const seen = new Set<string>();
  const waitsFor = (job: string): boolean => {
    if (seen.has(job)) return false;
    seen.add(job);
    const needs = pipeline.needs.get(job) ?? [];
    return needs.includes(earlier.job) || needs.some(waitsFor);
  };
  return later.job === earlier.job ? later.index > earlier.index : waitsFor(later.job);
}

/** The secrets and variables the file reads from the forge's settings that its header does not name. */
export function unnamedSettings(pipeline: Pipeline, text: string): string[] {
  const pattern = pipeline.forge === 'github' ? /\b(?:secrets|vars)\.([A-Za-z_]\w*)/g : /\$\{?(HERALD_\w+)/g;
  const defined = new Set<string>();
  if (pipeline.forge === 'gitlab') {
    const collect = (value: unknown) => {
      if (!isNode(value)) return;
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'variables' || key === 'id_tokens') && isNode(child)) {
          for (const name of Object.keys(child)) defined.add(name);
        }
        collect(child);
      }
    };
    collect(pipeline.doc);
  }
  // `--key-env NAME` reads a variable too, without a `$`.
  const keyEnv = /--key-env[= ]"?(\w+)/g;
  const used = new Set([...text.matchAll(pattern), ...text.matchAll(keyEnv)].map((match) => match[1] ?? ''));
  return [...used].filter((name) => !defined.has(name) && !new RegExp(`\\b${name}\\b`).test(pipeline.header));
}
