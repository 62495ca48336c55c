import { Component, Suspense, type ReactNode } from 'react';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';

type Props = { readonly route: string; readonly children: ReactNode };
type State = { readonly failedRoute: string | null };

/**
 * Around the current view: a spinner while its code is fetched (every view but the form is
 * its own chunk, see Views.tsx), and a retry if that fails. A failed chunk is usually one a
 * new deployment replaced, so the retry reloads the page, which names the new chunks. Another
 * route is tried afresh (the views themselves are not remounted by this boundary).
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { failedRoute: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedRoute: '' };
  }

  override componentDidCatch(): void {
    this.setState({ failedRoute: this.props.route });
  }

  override render() {
    const { failedRoute } = this.state;
    if (failedRoute === '' || failedRoute === this.props.route) {
      return <LoadFailed retry={() => window.location.reload()} />;
    }
    return <Suspense fallback={<Loading />}>{this.props.children}</Suspense>;
  }
}
