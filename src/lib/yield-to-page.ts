/** Lets the page paint and handle input between two slices of a long job (a large restore). */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
