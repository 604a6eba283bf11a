// Herald's UI in the shipped build, where its shadow root is closed and no page script (nor Playwright's
// locators) can reach it: read and pressed through DevTools, which sees closed roots (`DOM.getDocument` with
// `pierce`). The test's own eyes and hands; what the page can do is what hostile-page.spec.ts tries.
import type { CDPSession, Page } from '@playwright/test';

export type UiNode = {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: UiNode[];
  shadowRoots?: UiNode[];
  shadowRootType?: string;
};

const HOST = 'HERALD-COMPOSER-UI';

function* walk(node: UiNode): Generator<UiNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const attribute = (node: UiNode, name: string) => {
  const at = node.attributes?.findIndex((value, index) => index % 2 === 0 && value === name) ?? -1;
  return at < 0 ? undefined : node.attributes?.[at + 1];
};

export class ClosedHeraldUi {
  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession,
  ) {}

  static async open(page: Page): Promise<ClosedHeraldUi> {
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    return new ClosedHeraldUi(page, session);
  }

  /** Herald's shadow root as it is now, or null while Herald has put nothing on the page. */
  async root(): Promise<UiNode | null> {
    const { root } = (await this.session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: UiNode };
    for (const node of walk(root)) if (node.nodeName === HOST) return node.shadowRoots?.[0] ?? null;
    return null;
  }

  /** The first element with the class (in document order) that is not disabled, or null. */
  async find(className: string): Promise<UiNode | null> {
    const root = await this.root();
    if (!root) return null;
    for (const node of walk(root)) {
      const classes = (attribute(node, 'class') ?? '').split(' ');
      if (node.nodeType === 1 && classes.includes(className) && attribute(node, 'disabled') === undefined) return node;
    }
    return null;
  }

  /** The text shown under the element with the class ('' when there is none). */
  async text(className: string): Promise<string> {
    const node = await this.find(className);
    if (!node) return '';
    return [...walk(node)]
      .filter((child) => child.nodeType === 3)
      .map((child) => child.nodeValue)
      .join('');
  }

  /** Whether the element with the class is laid out on the page (not hidden, not missing). */
  async isShown(className: string): Promise<boolean> {
    const node = await this.find(className);
    if (!node) return false;
    try {
      await this.session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
      return true;
    } catch {
      return false;
    }
  }

  /** The employee's own click, with the mouse, in the middle of the element. */
  async click(className: string): Promise<void> {
    const node = await this.find(className);
    if (!node) throw new Error(`Herald shows no .${className}`);
    const { model } = (await this.session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /**
   * Runs `action` in the page's main world with the element as `this`: what a page script could do had it
   * got hold of Herald's element. Everything it dispatches is untrusted, as the page's would be.
   */
  async fromPage(className: string, action: string): Promise<void> {
    const node = await this.find(className);
    if (!node) throw new Error(`Herald shows no .${className}`);
    const { object } = (await this.session.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
      object: { objectId: string };
    };
    await this.session.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: action });
  }
}
