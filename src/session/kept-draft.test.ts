import { describe, expect, it } from 'vitest';
import { DraftKeeper } from './kept-draft';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    this.items.set(key, value);
  };
  removeItem = (key: string) => {
    this.items.delete(key);
  };
}

describe('a form’s input kept across a sign-in', () => {
  it('hands the input back once, to the same tenant', () => {
    const storage = new MemoryStorage();
    const keeper = new DraftKeeper<{ name: string }>('create', storage);
    keeper.keep('tenant-a', { name: 'web-03' });
    expect(keeper.take('tenant-a')).toEqual({ name: 'web-03' });
    expect(keeper.take('tenant-a')).toBeNull();
  });

  it('never hands one tenant’s input to another', () => {
    const storage = new MemoryStorage();
    const keeper = new DraftKeeper<{ name: string }>('create', storage);
    keeper.keep('tenant-a', { name: 'web-03' });
    expect(keeper.take('tenant-b')).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('forgets what does not parse', () => {
    const storage = new MemoryStorage();
    storage.setItem('nhn-console.draft.create', '{not json');
    expect(new DraftKeeper('create', storage).take('tenant-a')).toBeNull();
  });
});
