import { useEffect, useRef, useState } from 'react';
import { Canvas as ChartCanvas, jsx } from '@antv/f2';
import type { CanvasProps } from '@antv/f2';
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './f2-chart.scss';

/** What a chart draws: F2 elements (Chart, Line, Interval, Axis…) built with F2's own `jsx`. */
export type ChartElement = ReturnType<typeof jsx>;

/** Numbers each chart drawn: h5 keeps earlier pages in the document, where the same chart of another board may stand. */
let drawn = 0;

interface Props {
  /** What the chart is (gh-chart-trend): its canvas's id starts with it and is unique in the document. */
  id: string;
  height: number;
  /** Read aloud in place of the drawing, and shown to anyone whose canvas cannot draw. */
  label: string;
  element: ChartElement;
}

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D | null;
}

interface Found {
  node: CanvasNode;
  width: number;
  height: number;
}

/** The drawable canvas behind the Canvas component: a 2d node on weapp, the <canvas> inside Taro's element in h5. */
function findCanvas(id: string, done: (found: Found | null) => void): void {
  if (process.env.TARO_ENV === 'h5') {
    const host = document.getElementById(id);
    const canvas = host && (host.tagName === 'CANVAS' ? host : host.querySelector('canvas'));
    if (!(canvas instanceof HTMLCanvasElement)) return done(null);
    const box = (host as HTMLElement).getBoundingClientRect();
    return done({ node: canvas, width: box.width, height: box.height });
  }
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .exec((results: Array<{ node?: CanvasNode; width?: number; height?: number } | null>) => {
      const result = results[0];
      done(result?.node ? { node: result.node, width: result.width ?? 0, height: result.height ?? 0 } : null);
    });
}

/**
 * A chart drawn by F2 on a 2d canvas, full width. Redrawn when `element` changes; where the canvas cannot draw
 * (no 2d context), the label stands in its place.
 */
export function F2Chart({ id: kind, height, label, element }: Props) {
  const [id] = useState(() => `${kind}-${(drawn += 1)}`);
  const chart = useRef<ChartCanvas | null>(null);
  const latest = useRef(element);
  latest.current = element;

  useEffect(() => {
    let cancelled = false;
    const draw = () =>
      findCanvas(id, (found) => {
        if (cancelled || !found || found.width === 0) return;
        const context = found.node.getContext('2d');
        if (!context) return;
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 1;
        found.node.width = found.width * pixelRatio;
        found.node.height = found.height * pixelRatio;
        chart.current?.destroy();
        // Text is measured on a canvas of its own: in the mini-program there is no document to make one from.
        const offscreenCanvas = process.env.TARO_ENV === 'h5' ? undefined : (Taro.createOffscreenCanvas({ type: '2d', width: 1, height: 1 }) as unknown as CanvasProps['offscreenCanvas']);
        const props = { context, pixelRatio, width: found.width, height: found.height, animate: false, offscreenCanvas, children: latest.current };
        chart.current = new ChartCanvas(props);
        void chart.current.render();
      });
    Taro.nextTick(draw);
    return () => {
      cancelled = true;
    };
  }, [id, element]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    <View className="gh-chart" style={{ height: `${height}px` }} aria-label={label} role="img">
      <Canvas type="2d" id={id} canvasId={id} className="gh-chart__canvas" style={{ width: '100%', height: `${height}px` }} />
    </View>
  );
}
