import { NETWORKS } from './registry';

const NUMBER = new Intl.NumberFormat('en');

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const code = (text: string) => `\`${text}\``;

/**
 * The docs' tables of networks, generated from the registry so no page lists a network by hand. Each is
 * the body of a `<!-- generated:NAME -->` block; tests/unit/sites/docs-tables.test.ts keeps the pages in step
 * (`npm run docs` rewrites them).
 */
export const NETWORK_TABLES: Record<string, () => string> = {
  networks: () =>
    table(
      ['id', 'network', 'where', 'editor', 'limit', 'counted as', '"see more" after', 'share page'],
      NETWORKS.map((network) => [
        code(network.site),
        network.label,
        network.instanceHosted ? 'any server the employee or IT names' : network.hosts.map(code).join(', '),
        network.editor,
        NUMBER.format(network.length.limit),
        network.length.counting,
        network.seeMoreAt
          ? `${NUMBER.format(network.seeMoreAt)} characters${network.seeMoreLines ? ` or ${network.seeMoreLines} lines` : ''}`
          : 'shows it all',
        network.share.kind === 'link' ? 'a link; the text by the clipboard' : 'the post',
      ]),
    ),
  variants: () =>
    table(
      ['field', 'type', 'longest', 'the post on'],
      NETWORKS.map((network) => [
        code(`variants.${network.site}`),
        'string',
        `${NUMBER.format(network.variantMax)} characters`,
        network.label,
      ]),
    ),
};

const BLOCK = /(<!-- generated:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g;

/** `page` with every generated block filled in afresh; blocks of unknown names are left as they are. */
export function fillGeneratedBlocks(page: string): string {
  return page.replace(BLOCK, (whole, open: string, name: string, close: string) => {
    const make = NETWORK_TABLES[name];
    return make ? `${open}${make()}${close}` : whole;
  });
}
