import { useFocusFinders } from '@fluentui/react-components';
import type { ComponentType } from 'react';

/**
 * Keeps Fluent's focus manager (tabster) alive while a view is shown. The first load does
 * not use it (shell/Tabs.tsx), so otherwise the first dialog or drawer a view opened would
 * create it and, on closing, dispose of it while the page still was aria-hidden behind the
 * modal: the whole page stayed hidden from screen readers. Loaded with the views, not with
 * the first chunk (Views.tsx).
 */
export function keepingTabster<P extends object>(View: ComponentType<P>): ComponentType<P> {
  function WithTabster(props: P) {
    useFocusFinders();
    return <View {...props} />;
  }
  WithTabster.displayName = `KeepingTabster(${View.displayName ?? View.name})`;
  return WithTabster;
}
