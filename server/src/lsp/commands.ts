// Server commands: what a quick fix does beyond editing the draft. They live in the server so
// that every LSP editor has them, not only VS Code.

export const COMMANDS = {
  addToStyleSheet: 'copydesk.addToStyleSheet',
  markDistinct: 'copydesk.markDistinct',
  ignoreFinding: 'copydesk.ignoreFinding',
  fixAll: 'copydesk.applyFixAll',
} as const;
