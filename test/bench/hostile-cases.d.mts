/** Types of hostile-cases.mjs, for the tests. */
export interface HostileCase {
  name: string;
  files(scale: number): Record<string, string>;
  want(scale: number): { file: string; rule: string; line: number };
}
export declare const HOSTILE_CASES: HostileCase[];
export declare function writeHostileCase(dir: string, hostile: HostileCase, scale?: number): void;
export declare function scaledLimits(scale: number): string[];
