/**
 * Injected at the top of the served sidebar: a stand-in for google.script.run that POSTs
 * {name, args} to the preview server, which calls the add-on's real server function. Like Apps
 * Script it is asynchronous, carries only what JSON carries, and hands a thrown error's message to
 * the failure handler. google.script.host.close() asks the page to close the panel.
 */
import type { RunReply } from "../viewTypes";

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

function call(name: string, args: unknown[], handlers: Handlers): void {
  let body: string;
  try {
    body = JSON.stringify({ name, args });
  } catch (e) {
    handlers.failure?.(e, handlers.userObject);
    return;
  }
  fetch("/api/run", { method: "POST", headers: { "content-type": "application/json" }, body })
    .then((response) => response.json() as Promise<RunReply>)
    .then(
      (reply) => {
        if (reply.ok) handlers.success?.(reply.value, handlers.userObject);
        else if (handlers.failure) handlers.failure(new Error(reply.message), handlers.userObject);
        else console.error(`google.script.run.${name}: ${reply.message}`);
      },
      (e: unknown) => handlers.failure?.(e, handlers.userObject),
    );
}

function runner(handlers: Handlers): object {
  return new Proxy(
    {},
    {
      get(_target, property) {
        // Not a thenable, not a server function: lets the proxy be logged and awaited safely.
        if (typeof property !== "string" || property === "then") return undefined;
        if (property === "withSuccessHandler")
          return (success: Handler) => runner({ ...handlers, success });
        if (property === "withFailureHandler")
          return (failure: Handler) => runner({ ...handlers, failure });
        if (property === "withUserObject")
          return (userObject: unknown) => runner({ ...handlers, userObject });
        return (...args: unknown[]) => call(property, args, handlers);
      },
    },
  );
}

const host = {
  close: () => window.parent.postMessage({ type: "funnel-preview:close-sidebar" }, "*"),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => window.parent.focus() },
};

Object.assign(window, { google: { script: { run: runner({}), host } } });
