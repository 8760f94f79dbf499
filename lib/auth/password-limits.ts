/** Password lengths PodLab accepts (better-auth's limits, and the forms' own checks). */
export const passwordLimits = { min: 10, max: 128 } as const;
