// The Marginalia sidebar: Actors (by type), Quotes (by speaker) and Claims (by kind) of the
// active article. A click selects the words in the text.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  Commands, indexedNotification, outlineRequest, statusNotification, workspaceActorsRequest,
  type ArticleOutline, type Range, type StatusParams, type WorkspaceActor,
} from '../shared/protocol';
import { clip } from '../shared/text';

interface Node {
  item: vscode.TreeItem;
  children?: Node[];
}

const typeGroups = [
  ['person', 'People', 'person'],
  ['organization', 'Organizations', 'organization'],
  ['place', 'Places', 'globe'],
  ['other', 'Other', 'symbol-misc'],
] as const;
const claimGroups = [
  ['statistic', 'Statistics', 'graph'],
  ['allegation', 'Allegations', 'warning'],
  ['attributed', 'Attributed statements', 'quote'],
  ['fact', 'Reported facts', 'note'],
] as const;

class Tree<Model> implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];

  constructor(private readonly build: (model: Model) => Node[]) {}

  update(model: Model | null): void {
    this.roots = model ? this.build(model) : [];
    this.changed.fire();
  }
  getTreeItem(node: Node): vscode.TreeItem {
    return node.item;
  }
  getChildren(node?: Node): Node[] {
    return node ? node.children ?? [] : this.roots;
  }
}

export function activate(context: vscode.ExtensionContext, { client }: { client: LanguageClient }): void {
  const trees = { actors: new Tree(actorNodes), quotes: new Tree(quoteNodes), claims: new Tree(claimNodes) };
  const workspaceTree = new Tree(workspaceNodes);
  let workspaceTimer: NodeJS.Timeout | undefined;
  const refreshWorkspace = () => {
    clearTimeout(workspaceTimer);
    workspaceTimer = setTimeout(async () => {
      workspaceTree.update(await client.sendRequest<WorkspaceActor[]>(workspaceActorsRequest).catch(() => null));
    }, WORKSPACE_REFRESH_DELAY_MS);
  };
  let shownUri: string | undefined;
  let pending = 0;

  const refresh = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const uri = document?.uri.toString();
    const ticket = ++pending;
    let outline: ArticleOutline | null = null;
    if (document && uri && (document.languageId === 'article' || document.languageId === 'plaintext')) {
      outline = await client.sendRequest<ArticleOutline | null>(outlineRequest, { uri }).catch(() => null);
    }
    if (ticket !== pending) return; // a newer refresh is on its way
    shownUri = outline ? uri : undefined;
    for (const tree of Object.values(trees)) tree.update(outline);
    void vscode.commands.executeCommand('setContext', 'marginalia.hasArticle', outline !== null);
  };

  for (const [id, tree] of Object.entries({ ...trees, workspace: workspaceTree })) {
    context.subscriptions.push(vscode.window.createTreeView(`marginalia.${id}`, { treeDataProvider: tree, showCollapseAll: true }));
  }
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    client.onNotification(statusNotification, ({ uri }: StatusParams) => {
      if (uri === vscode.window.activeTextEditor?.document.uri.toString() || uri === shownUri) void refresh();
      refreshWorkspace();
    }),
    client.onNotification(indexedNotification, refreshWorkspace),
    { dispose: () => clearTimeout(workspaceTimer) },
  );
  void client.start().then(refresh, () => undefined);
}

const WORKSPACE_REFRESH_DELAY_MS = 500;

function reveal(uri: string, range: Range): vscode.Command {
  return { title: 'Reveal', command: Commands.reveal, arguments: [uri, range] };
}

function leaf(label: string, uri: string, range: Range, description?: string, icon?: string): Node {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.description = description;
  item.tooltip = description ? `${label}\n${description}` : label;
  item.command = reveal(uri, range);
  if (icon) item.iconPath = new vscode.ThemeIcon(icon);
  return { item };
}

function group(label: string, children: Node[], icon: string, description?: string, expanded = true): Node {
  const state = expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(label, state);
  item.description = description ?? String(children.length);
  item.iconPath = new vscode.ThemeIcon(icon);
  return { item, children };
}

const LABEL_CHARS = 80;
const lineOf = (range: Range) => `line ${range.start.line + 1}`;

function actorNodes({ uri, actors }: ArticleOutline): Node[] {
  const named = actors.filter((a) => !a.anonymous);
  const groups = typeGroups.map(([type, label, icon]) => {
    const members = named.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    const nodes = members.map((actor): Node => {
      const node = group(actor.name, actor.mentions.map((m) => leaf(m.text, uri, m.range, lineOf(m.range), 'mention')), icon, undefined, false);
      const count = `${actor.mentions.length} mention${actor.mentions.length > 1 ? 's' : ''}`;
      node.item.description = actor.roles.length ? `${clip(actor.roles[0]!, 40)} · ${count}` : count;
      node.item.tooltip = [actor.name, ...actor.roles, count].join('\n');
      node.item.command = reveal(uri, actor.definition);
      return node;
    });
    return group(label, nodes, icon);
  });
  const anonymous = actors.filter((a) => a.anonymous).map((a) => leaf(a.name, uri, a.definition, 'unnamed source', 'warning'));
  groups.push(group('Unnamed sources', anonymous, 'warning'));
  return groups.filter((g) => g.children!.length);
}

function quoteNodes({ uri, quotes, actors }: ArticleOutline): Node[] {
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  const iconOf = (id: string | null) => typeGroups.find(([type]) => type === typeOf.get(id ?? ''))?.[2] ?? 'person';
  const bySpeaker = new Map<string, typeof quotes>();
  for (const quote of quotes) {
    const speaker = quote.speaker ?? 'Unattributed';
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote]);
  }
  return [...bySpeaker].map(([speaker, said]) => {
    const anonymous = said[0]!.anonymous;
    // What the speaker said comes first; beliefs and intentions ("thinks", "wants to") follow, marked with their cue.
    const statements = said.filter((q) => q.attribution === 'statement');
    const held = said.filter((q) => q.attribution !== 'statement');
    const children = [
      // Only a direct quote goes in quotation marks: a reported clause is not the speaker's own words (a partial one quotes them inside).
      ...statements.map((q) => leaf(q.kind === 'direct' ? `“${clip(q.text, LABEL_CHARS)}”` : clip(q.text, LABEL_CHARS), uri, q.range, q.cue ?? q.kind, q.kind === 'indirect' ? 'comment' : 'quote')),
      ...held.map((q) => leaf(clip(q.text, LABEL_CHARS), uri, q.range, `${q.attribution} · ${q.cue ?? ''}`, q.attribution === 'belief' ? 'lightbulb' : 'target')),
    ];
    const node = group(speaker, children, anonymous ? 'warning' : iconOf(said[0]!.speakerId));
    if (anonymous) node.item.description = `unnamed source · ${said.length}`;
    return node;
  });
}

function claimNodes({ uri, claims }: ArticleOutline): Node[] {
  return claimGroups
    .map(([kind, label, icon]) => {
      const members = claims.filter((c) => c.kind === kind);
      const children = members.map((c) => {
        const hedges = c.hedges.length ? ` · ${c.hedges.map((h) => `‘${h}’`).join(', ')}` : '';
        return leaf(clip(c.text, LABEL_CHARS), uri, c.range, `${c.source ?? 'the writer'}${hedges}`, icon);
      });
      return group(label, children, icon);
    })
    .filter((g) => g.children!.length);
}

function workspaceNodes(actors: WorkspaceActor[]): Node[] {
  return actors.map((actor) => {
    const icon = typeGroups.find(([type]) => type === actor.type)?.[2] ?? 'symbol-misc';
    const articles = actor.articles.map((a) => {
      const file = vscode.Uri.parse(a.uri).path.split('/').pop() ?? a.uri;
      return leaf(file, a.uri, a.definition, `${a.mentions} mention${a.mentions > 1 ? 's' : ''}`, 'file');
    });
    const node = group(actor.name, articles, icon, undefined, false);
    const count = `${actor.articles.length} article${actor.articles.length > 1 ? 's' : ''}`;
    node.item.description = actor.role ? `${count} · ${clip(actor.role, 40)}` : count;
    return node;
  });
}
