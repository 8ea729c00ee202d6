// Finding the fields where a buyer message is written: plain or Katal
// (shadow-DOM) textareas and contenteditables, including ones added later.
import { deepElements, composedAncestors, isElement } from './shadow.ts';
import { OWN_TAG } from './own-ui.ts';

export type MessageField = HTMLTextAreaElement | HTMLElement;


export const isTextarea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';

export function isEditableField(el: Element): el is MessageField {
  if (isTextarea(el)) return !el.disabled && !el.readOnly;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false' && (el as HTMLElement).isContentEditable !== false) {
    // The editing host only, not its descendants.
    const parent = el.parentElement;
    return !(parent && parent.closest('[contenteditable]:not([contenteditable="false"])'));
  }
  return false;
}

function insideOurUi(el: Element): boolean {
  return composedAncestors(el).some((a) => OWN_TAG.test(a.tagName));
}

/** Every message field under root, through open shadow roots, skipping our own UI. */
export function findMessageFields(root: Document | ShadowRoot | Element): MessageField[] {
  const out: MessageField[] = [];
  for (const el of deepElements(root)) {
    if (isEditableField(el) && !insideOurUi(el)) out.push(el);
  }
  return out;
}

/** The field an event came from, even when it was retargeted at a shadow host. */
export function fieldFromEvent(e: Event): MessageField | null {
  const target = e.composedPath()[0];
  if (isElement(target) && isEditableField(target) && !insideOurUi(target)) return target;
  return null;
}

export function fieldText(field: MessageField): string {
  return isTextarea(field) ? field.value : (field.innerText ?? field.textContent ?? '');
}
