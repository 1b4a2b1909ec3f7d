/** `smr-history-change`: an import or a clear changed the log; `detail.sessions` is how many sessions the element shows now. */
export type SmrHistoryChangeEvent = CustomEvent<{ sessions: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-history-change': SmrHistoryChangeEvent;
  }
}
