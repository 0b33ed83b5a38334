import { useApp } from 'ink';
import { useEffect, useState } from 'react';
import { App } from './App.js';
import type { Binding, Keymap } from '../domain/keymap.js';
import type { Model } from './model.js';
import { Program } from './program.js';
import type { Services } from './services.js';
import type { ResumePoint } from '../triage/resume.js';

export interface ReaderProps {
  services: Services;
  initial: Model;
  keymap: Keymap;
  bindings: readonly Binding[];
  /** Refresh the shown day in the background once the first frame is up. */
  refreshOnStart?: boolean;
  /** Warnings raised while the reader runs (e.g. a day file moved aside), without the
   *  "papers: warning:" prefix, go to the status bar. */
  subscribeWarnings?: (listener: (message: string) => void) => () => void;
  /** Hands the terminal back to the shell (ctrl+z). */
  suspend?: () => void;
  /** Called once the user quits, after flags are flushed. */
  onQuit?: () => void;
  /** Receives the program (tests and the benchmark drive and read it). */
  onProgram?: (program: Program) => void;
}

/** The reader: one program (model + update + effects) and the view that draws it. */
export function Reader(props: ReaderProps) {
  const { exit } = useApp();
  const [program] = useState(() => {
    const quit = (resume?: ResumePoint) => {
      Promise.all([
        props.services.flags.flush(),
        resume ? props.services.saveResume?.(resume) : undefined,
      ])
        .catch(() => {})
        .finally(() => {
          props.services.flags.close?.();
          props.onQuit?.();
          exit();
        });
    };
    return new Program(props.initial, {
      services: props.services,
      keymap: props.keymap,
      bindings: props.bindings,
      quit,
      suspend: props.suspend,
    });
  });
  const { subscribeWarnings, refreshOnStart, onProgram } = props;
  useEffect(() => {
    onProgram?.(program);
  }, [onProgram, program]);
  useEffect(
    () => subscribeWarnings?.((text) => program.send([{ type: 'status', text, kind: 'error' }])),
    [subscribeWarnings, program],
  );
  useEffect(
    () =>
      props.services.subscribeIndexProgress?.((done, total) =>
        program.send([{ type: 'indexProgress', done, total }]),
      ),
    [props.services, program],
  );
  useEffect(() => {
    // After the first frame: the renderer's and the network code's imports are heavy.
    const timer = setTimeout(() => {
      void props.services.loadRenderer().then(
        (render) => program.send([{ type: 'rendererLoaded', render }]),
        () => {},
      );
      program.send([{ type: 'start' }]);
      if (refreshOnStart) program.send([{ type: 'refreshStart' }]);
    }, 0);
    return () => clearTimeout(timer);
    // Once, at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [program]);
  return <App program={program} flags={props.services.flags} bindings={props.bindings} />;
}
