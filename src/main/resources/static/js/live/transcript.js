/**
 * The messages of a conversation as both live pages show them (docs/chat.md, "Ordering"): each (conversation, seq)
 * once, in seq order, with the messages still being sent last. Every text goes on the page with textContent.
 */

import { displayText } from '../emoticons.js';

/** What arrived of one conversation: each seq once, and the last seq before the first gap. */
export class Arrivals {
  seen = new Map();
  lastSeq = 0;

  has(seq) {
    return this.seen.has(seq);
  }

  /** Records a message not seen before; true when messages before it are missing, so the page fetches them. */
  add(message) {
    this.seen.set(message.seq, message);
    if (message.seq === this.lastSeq + 1) {
      while (this.seen.has(this.lastSeq + 1)) {
        this.lastSeq++;
      }
      return false;
    }
    return message.seq > this.lastSeq + 1;
  }
}

/** A message's line: `who` and the time above the text, except for system lines. */
export function messageItem(message, who) {
  const item = document.createElement('li');
  const kind = message.direction === 'IN' ? 'msg-in'
    : message.kind === 'SYSTEM' ? 'msg-system' : message.kind === 'AUTO_REPLY' ? 'msg-auto' : 'msg-out';
  item.className = 'msg ' + kind;
  item.dataset.seq = message.seq;
  if (message.kind !== 'SYSTEM') {
    const meta = document.createElement('span');
    meta.className = 'msg-meta';
    meta.textContent = who + ' ' + clock(message.sentAt);
    item.appendChild(meta);
  }
  const body = document.createElement('span');
  body.className = 'msg-text';
  body.textContent = displayText(message.content);
  item.appendChild(body);
  return item;
}

/** Puts a numbered line before the first one that `comesAfter` it; lines still being sent stay last. */
export function insertInOrder(list, item, comesAfter) {
  for (const other of list.querySelectorAll('li.msg[data-seq]')) {
    if (comesAfter(other)) {
      list.insertBefore(item, other);
      return;
    }
  }
  list.insertBefore(item, list.querySelector('li.msg-pending'));
  list.scrollTop = list.scrollHeight;
}

/** A line being sent: at the end, unnumbered, `meta` saying so. */
export function showSending(list, item, meta) {
  item.classList.add('msg-pending');
  item.removeAttribute('data-seq');
  item.querySelector('.msg-meta').textContent = meta;
  list.appendChild(item);
  list.scrollTop = list.scrollHeight;
}

/** Hours and minutes in the page's language. */
export function clock(iso) {
  const date = new Date(iso);
  return isNaN(date) ? '' : date.toLocaleTimeString(document.documentElement.lang || undefined,
    { hour: '2-digit', minute: '2-digit', hour12: false });
}
