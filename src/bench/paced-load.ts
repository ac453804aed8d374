/**
 * An open-loop load generator at a fixed request rate: request i is due at
 * `start + i / rate` and is sent then, whatever happened to earlier requests, over a pool of
 * keep-alive connections; its latency is counted from when it was due, so time spent
 * queued anywhere (in this process, the socket or the server) is included.
 *
 * Why not autocannon's `overallRate`: autocannon paces per connection and per second — each
 * connection sends back-to-back until it has made its share for the current second, then
 * waits for the next — so "200 req/s over 20 connections" is a burst of 200 requests at
 * concurrency 20 at the start of every second, and its latency correction assumes a 1 ms
 * interval. That measures saturation, not latency at a given rate.
 */
import http from 'node:http';

export interface PacedResult {
  readonly rps: number;
  /** Latency from when each request was due (includes any lag of this process in sending it). */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Latency from when each request was actually written: the server's and the network's part. */
  readonly sentP50: number;
  readonly sentP99: number;
  /** How late this process sent requests (99th percentile): large on a starved machine. */
  readonly lagP99: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface PacedOptions {
  readonly url: string;
  readonly rate: number;
  readonly seconds: number;
  /** The path (with query) of request i. */
  readonly path: (i: number) => string;
  readonly method?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  /** Connections at most (requests beyond wait for one, and that wait counts). */
  readonly connections?: number;
}

export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections ?? 64 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const fromSend: number[] = [];
  const lags: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const send = (i: number, due: number) =>
    new Promise<void>((done) => {
      const sent = performance.now();
      lags.push(sent - due);
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: options.path(i),
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (response) => {
          response.on('data', () => {});
          response.on('end', () => {
            const end = performance.now();
            latencies.push(end - due);
            fromSend.push(end - sent);
            const status = response.statusCode ?? 0;
            if (status < 200 || status > 299) non2xx++;
            done();
          });
          response.on('error', () => {
            errors++;
            done();
          });
        },
      );
      request.on('error', () => {
        errors++;
        done();
      });
      request.end(options.body);
    });
  const start = performance.now() + 20;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(i, due));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const at = (values: number[], p: number) => {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number);
  };
  return {
    rps: latencies.length / elapsed,
    p50: at(latencies, 0.5),
    p99: at(latencies, 0.99),
    max: at(latencies, 1),
    sentP50: at(fromSend, 0.5),
    sentP99: at(fromSend, 0.99),
    lagP99: at(lags, 0.99),
    requests: latencies.length + errors,
    errors,
    non2xx,
  };
}
