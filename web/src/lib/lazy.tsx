import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A page whose code (with the Ant Design and ECharts pieces only it uses) is fetched when it is first
 * shown, so no page pays for another's. The router's navigations are transitions: the page on screen
 * stays until the next one has arrived, and the nearest Suspense boundary shows only on a first load.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

/**
 * A control fetched on first use and held in its own boundary, so a form or a modal that shows it
 * keeps its other fields on screen meanwhile.
 */
export function lazyWidget<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Widget = lazyPage(load);
  return function LazyWidget(props: P) {
    return (
      <Suspense>
        <Widget {...props} />
      </Suspense>
    );
  };
}
