/**
 * What /api/auth/me says the caller may start, across every room. Each room adds its part from its
 * contract.ts by declaration merging, so the web and the server see one type and no list is kept by hand:
 *
 *   declare module '../../kernel/abilities.ts' { interface MeAbilities extends SubjectRoomAbilities {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each room's contract
export interface MeAbilities {}
