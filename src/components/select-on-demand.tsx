/**
 * A Mantine Select whose code comes when it is first wanted, not with the page (issue 10: JS+CSS
 * to a live instances list ≤ 200 KB, Lighthouse ≥ 90). Mounted at once, a Select brings the
 * Combobox and @floating-ui, and measures where its dropdown would go as it mounts: on the list,
 * the region switcher and the status filter forced the first render's style recalculation
 * (250–430 ms under Lighthouse).
 *
 * Until then a look-alike stands in its place: the same input (label, value's text, placeholder,
 * width, chevron) with the same role and name (combobox), so nothing moves when it is replaced.
 * A pointer entering it, the focus, a press or Enter/Space/ArrowDown mount the real Select; a
 * press opens it at once, and the focus moves to it (no lost click or key).
 */
import { type ComboboxItem, type SelectProps, TextInput } from '@mantine/core';
import { type ComponentType, useId, useRef, useState } from 'react';
import { OnMount } from './on-mount';

type RealSelect = ComponentType<SelectProps<string>>;
/**
 * Loaded by hand, not React.lazy: a Suspense fallback would mount a second look-alike, and the
 * focus (and the keys pressed meanwhile) would be lost with the first one. Here the look-alike
 * stays, focused, until the real Select takes its place.
 */
let loaded: RealSelect | null = null;
let loading: Promise<RealSelect> | null = null;
function loadSelect(): Promise<RealSelect> {
  loading ??= import('./select').then((m) => {
    loaded = m.default;
    return m.default;
  });
  return loading;
}

type Props = Omit<SelectProps<string>, 'data' | 'value' | 'defaultDropdownOpened'> & {
  data: readonly (string | ComboboxItem)[];
  value: string | null;
};
type Wanted = 'hover' | 'focus' | 'press';
const RANK: Record<Wanted, number> = { hover: 0, focus: 1, press: 2 };

/** Mantine's Combobox.Chevron, drawn without the Combobox. */
function Chevron() {
  return (
    <svg
      viewBox="0 0 15 15"
      width="var(--combobox-chevron-size, 14px)"
      height="var(--combobox-chevron-size, 14px)"
      style={{ width: 14, height: 14, color: 'var(--mantine-color-gray-6)' }}
      fill="none"
      aria-hidden
    >
      <path
        d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z"
        fill="currentColor"
        fillRule="evenodd"
        clipRule="evenodd"
      />
    </svg>
  );
}

const labelOf = (data: Props['data'], value: string | null) => {
  if (value === null) return '';
  const item = data.find((d) => (typeof d === 'string' ? d : d.value) === value);
  return item === undefined ? '' : typeof item === 'string' ? item : item.label;
};

export function SelectOnDemand(props: Props) {
  const [wanted, setWanted] = useState<Wanted | null>(null);
  const [Select, setSelect] = useState<RealSelect | null>(() => loaded);
  const focused = useRef(false);
  const generated = useId();
  const id = props.id ?? generated;
  const want = (next: Wanted) => {
    setWanted((w) => (w && RANK[w] >= RANK[next] ? w : next));
    if (!Select) void loadSelect().then((real) => setSelect(() => real));
  };
  const {
    label,
    placeholder,
    leftSection,
    w,
    data,
    value,
    'aria-label': ariaLabel,
    'data-testid': testId,
  } = props as Props & { 'data-testid'?: string };
  const lookAlike = (
    <TextInput
      id={id}
      label={label}
      aria-label={ariaLabel}
      placeholder={placeholder}
      leftSection={leftSection}
      rightSection={<Chevron />}
      rightSectionPointerEvents="none"
      w={w}
      value={labelOf(data, value)}
      readOnly
      pointer
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      data-testid={testId}
      onPointerEnter={() => want('hover')}
      onFocus={() => {
        focused.current = true;
        want('focus');
      }}
      onBlur={() => {
        focused.current = false;
      }}
      onPointerDown={() => want('press')}
      onClick={() => want('press')}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
          event.preventDefault();
          want('press');
        }
      }}
    />
  );
  if (!wanted || !Select) return lookAlike;
  return (
    <>
      <Select
        {...props}
        data={data as ComboboxItem[]}
        id={id}
        defaultDropdownOpened={wanted === 'press'}
      />
      <OnMount
        effect={() => {
          // Focused or pressed: the real input takes the place (and the focus) of the look-alike.
          if (wanted !== 'hover' || focused.current) document.getElementById(id)?.focus();
        }}
      />
    </>
  );
}
