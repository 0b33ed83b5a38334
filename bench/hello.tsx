// The start-up baseline: a bare Ink program, bundled the way the CLI is.
import { render, Text } from 'ink';

render(<Text>hello papers</Text>);
// Stay up like the reader does until the bench ends the process.
setInterval(() => {}, 1000);
