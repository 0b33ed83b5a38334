import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';

export interface FilterBarProps {
  label: string;
  value: string;
  focused: boolean;
  width: number;
  count: string;
  onChange(value: string): void;
  onSubmit(): void;
}

export function FilterBar({
  label,
  value,
  focused,
  width,
  count,
  onChange,
  onSubmit,
}: FilterBarProps) {
  return (
    <Box width={width} height={1}>
      <Text color="cyan">{label}</Text>
      <Box flexGrow={1}>
        {focused ? (
          <TextInput value={value} onChange={onChange} onSubmit={onSubmit} focus />
        ) : (
          <Text>{value}</Text>
        )}
      </Box>
      <Text dimColor>{count}</Text>
    </Box>
  );
}
