/**
 * Whether the browser made the event from the employee's own input. Page scripts share the DOM with
 * Herald: whatever they dispatch (`click()`, `dispatchEvent`) arrives with `isTrusted` false. Anything that
 * inserts, posts, fixes, dismisses or opens Herald's UI must come from the employee, never from the site.
 */
export const isFromUser = (event: Event): boolean => event.isTrusted === true;

/** The handler, called only for the employee's own input; events made by scripts are dropped. */
export function fromUser<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (isFromUser(event)) handler(event);
  };
}
