import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function startComposerAssistant(ctx: ContentScriptContext): void {
  void ctx;
}
