import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export type MessageIntent = 'success' | 'warning' | 'error';
export type LiveMessageValue = { readonly intent: MessageIntent; readonly text: string };

type Props = {
  readonly message: LiveMessageValue | null;
  /** Intents read out politely; the others interrupt (role alert). */
  readonly polite: readonly MessageIntent[];
};

/**
 * The outcome of an action, announced to screen readers: the status region is always in the
 * page (a region that appears together with its text is often not read out), and what
 * must interrupt comes as an alert.
 */
export function LiveMessage({ message, polite }: Props) {
  const calm = message !== null && polite.includes(message.intent);
  return (
    <>
      <div role="status">
        {calm && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {message !== null && !calm && (
        <MessageBar intent={message.intent} layout="multiline" role="alert">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
