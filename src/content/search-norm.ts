/** NFKC + lower case, as used for both the index and the query. */
export const normalizeForSearch = (s: string) => s.normalize('NFKC').toLowerCase();
