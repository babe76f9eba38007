// The desk's memory, pure: what a draft gives the workspace index (contribution.ts), the index
// (workspaceIndex.ts), names/across-drafts and the name card's workspace line (acrossDrafts.ts),
// names' matching through one door (matching.ts). The server and the CLI do the reading and
// writing of files (server/src/workspace/).
export { draftNames, type DraftNames, type NameWord } from './contribution';
export { keptWords, WorkspaceIndex, type IndexedDraft, type KeptWord } from './workspaceIndex';
export { acrossDraftsFindings, settledElsewhere, workspaceLine, MIN_DRAFTS } from './acrossDrafts';
