/**
 * A script's options from its command line (npm run fuzz, load, bench): the options, or null once
 * it has printed its usage (`--help`, exit 0) or what is wrong with them and its usage (exit 2).
 */
export function commandLine<T>(
  parse: (argv: string[]) => T,
  usage: string,
  argv: string[] = process.argv.slice(2),
): T | null {
  if (argv.includes('--help')) {
    console.log(usage);
    return null;
  }
  try {
    return parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message.split('\n')[0]}\n${usage}`);
    process.exitCode = 2;
    return null;
  }
}
