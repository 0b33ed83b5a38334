// CI runs this suite with CI=true. The binary treats CI as "no interactive terminal" (Ink
// would draw no frames) and chalk turns colour off under CI, but these tests drive a real
// terminal on purpose: the programs they start must not inherit the flag.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
