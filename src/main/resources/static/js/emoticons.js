/**
 * The live pages' twin of io.kefu.web.Emoticons: marketplace emoticon codes (/:809) shown as their emoji. The table
 * is the server's, served as a module; only the display converts, what is stored and sent keeps the code.
 */
import table from './emoticon-table.js';

const codes = Object.keys(table).sort((a, b) => b.length - a.length)
  .map(code => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const pattern = new RegExp(codes.join('|'), 'g');

/** The text as a page shows it: every known code replaced by its emoji, the rest as it is. */
export function displayText(text) {
  return text && text.indexOf('/:') >= 0 ? text.replace(pattern, code => table[code]) : (text || '');
}
