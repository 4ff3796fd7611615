// @vitest-environment happy-dom
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { ChangeDetail } from './filters/filters.ts';
import { emit, type DismissDetail, type EventDetail, type SelectDetail } from './events.ts';
import './filters/filters.ts';

describe('emit', () => {
  test('a CustomEvent that bubbles out of shadow roots and can be cancelled', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const seen: CustomEvent<SelectDetail>[] = [];
    const listener = (e: CustomEvent<SelectDetail>): void => {
      seen.push(e);
    };
    document.body.addEventListener('coop-select', listener);
    // Sent from inside a shadow root, it still reaches the body (composed).
    expect(emit(inner, 'coop-select', { id: 'ch-lens' })).toBe(true);
    document.body.removeEventListener('coop-select', listener);
    expect(seen.map((e) => [e.type, e.detail, e.bubbles, e.composed, e.cancelable])).toEqual([
      ['coop-select', { id: 'ch-lens' }, true, true, true],
    ]);
    host.remove();
  });

  test('returns false when a listener cancels the event', () => {
    const el = document.createElement('div');
    el.addEventListener('coop-dismiss', (e) => e.preventDefault());
    expect(emit(el, 'coop-dismiss', { id: null })).toBe(false);
  });

  test('names and details are checked by the compiler against HTMLElementEventMap', () => {
    expectTypeOf<EventDetail<'coop-select'>>().toEqualTypeOf<SelectDetail>();
    expectTypeOf<EventDetail<'coop-dismiss'>>().toEqualTypeOf<DismissDetail>();
    expectTypeOf<EventDetail<'coop-change'>>().toEqualTypeOf<ChangeDetail>();
    // A DOM event that is not a CustomEvent has no detail to send.
    expectTypeOf<EventDetail<'click'>>().toBeNever();
    const el = document.createElement('div');
    // @ts-expect-error: an undeclared event name
    emit(el, 'coop-unknown', {});
    // @ts-expect-error: a detail of the wrong type
    emit(el, 'coop-select', { id: 3 });
  });
});
