/** Pure helpers of the outline view (no vscode import, so that they are unit-tested). */
import type { OutlineNode } from '../../server/src/protocol';
import { flattenTree } from '../../server/src/tree';

/** The outline as Markdown headings: the title `#`, its sections `##`, and so on. */
export function outlineToMarkdown(nodes: readonly OutlineNode[], dateline?: string): string {
  const lines: string[] = [];
  for (const n of flattenTree(nodes)) {
    lines.push(`${'#'.repeat(Math.min(6, n.depth + 1))} ${n.label}`);
    if (n.kind === 'title' && dateline) lines.push('', dateline);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
