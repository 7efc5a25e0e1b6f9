import { RemoveScroll as Real } from 'react-remove-scroll';
import { describe, expect, it } from 'vitest';
import { RemoveScroll } from './remove-scroll-class-names';

describe('RemoveScroll class names (for Mantine AppShell)', () => {
  it("are react-remove-scroll's own, which a modal's scroll lock looks for", () => {
    expect(RemoveScroll.classNames).toEqual(Real.classNames);
  });
});
