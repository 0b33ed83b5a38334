import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface FilterBarProps {
  label: string;
  value: string;
  focused: boolean;
  width: number;
  count: string;
  onChange(value: string): void;
  onSubmit(): void;
  /** Told when the focused input starts (and stops) listening to keys. */
  onReady?(ready: boolean): void;
}

export function FilterBar({
  label,
  value,
  focused,
  width,
  count,
  onChange,
  onSubmit,
  onReady,
}: FilterBarProps) {
  // TextInput keeps its cursor to itself and leaves it where it was when the value changes
  // from outside (text typed before it listened, appended by the reader; Backspaces that came
  // as text, applied by the reader): the cursor would stay put, at the start, where Backspace
  // does nothing. Such a change mounts it afresh, with the cursor at the end.
  const [own, setOwn] = useState({ value, mount: 0 });
  if (own.value !== value) setOwn({ value, mount: own.mount + 1 });
  // Until the new input listens (its effect), the old one still hears keys with its old
  // value: what it reports is dropped, and the reader takes the keys as text typed before
  // the input listened.
  const live = useRef(own.mount);
  useLayoutEffect(() => {
    live.current = own.mount;
    onReady?.(false);
  }, [own.mount, onReady]);
  const changeFrom = (mount: number) => (next: string) => {
    if (mount !== live.current) return;
    setOwn((o) => ({ ...o, value: next }));
    onChange(next);
  };
  // Runs after TextInput's own effect (children first), i.e. once it listens to stdin.
  useEffect(() => {
    if (!focused) return;
    onReady?.(true);
    return () => onReady?.(false);
  }, [focused, onReady, own.mount]);
  return (
    <Box width={width} height={1}>
      <Text color="cyan">{label}</Text>
      <Box flexGrow={1}>
        {focused ? (
          <TextInput
            key={own.mount}
            value={value}
            onChange={changeFrom(own.mount)}
            onSubmit={onSubmit}
            focus
          />
        ) : (
          <Text>{value}</Text>
        )}
      </Box>
      <Text dimColor>{count}</Text>
    </Box>
  );
}
