/** English names of common ITU-T Q.850 cause values (as carried in `Reason: Q.850;cause=N`). */
export const q850CauseNames: Readonly<Record<number, string>> = Object.freeze({
  1: 'Unallocated number',
  3: 'No route to destination',
  16: 'Normal call clearing',
  17: 'User busy',
  18: 'No user responding',
  19: 'No answer from user',
  20: 'Subscriber absent',
  21: 'Call rejected',
  22: 'Number changed',
  27: 'Destination out of order',
  28: 'Invalid number format',
  31: 'Normal, unspecified',
  34: 'No circuit available',
  38: 'Network out of order',
  41: 'Temporary failure',
  42: 'Switching equipment congestion',
  47: 'Resource unavailable, unspecified',
  58: 'Bearer capability not presently available',
  65: 'Bearer capability not implemented',
  88: 'Incompatible destination',
  102: 'Recovery on timer expiry',
  127: 'Interworking, unspecified',
});

/** The English name of a Q.850 cause, or undefined when unknown. */
export function q850CauseName(cause: number): string | undefined {
  // The integer check keeps runtime junk such as 'constructor' away from Object.prototype.
  return Number.isInteger(cause) ? q850CauseNames[cause] : undefined;
}
