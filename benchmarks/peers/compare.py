#!/usr/bin/env python3
"""Symbolon beside NumPy (and PyTensor where it is installed) on the same data, as ratios.

    python3 benchmarks/peers/compare.py [--data DIR] [--workloads W1,W2,W3,W4] [--quick]

Builds nothing: run `mvn -B -q package -DskipTests` first, so that benchmarks/target/benchmarks.jar
exists. The script
  1. writes the four workloads' inputs to DIR once (raw little-endian float64, row-major, fixed
     seeds; about 300 MB, by default under benchmarks/target, which git ignores),
  2. checks that Symbolon computes what NumPy computes on them (first steps' costs and the
     parameters' sums, W3's value and gradient sum) to 1e-9 relative,
  3. times each workload in NumPy in process (median of the steps after a warm-up), in PyTensor
     likewise where `import pytensor` works, and in Java with JMH (the `symbolon` and hand-written
     `loops` benchmarks, reading the same files through -Dsymbolon.peers.data),
  4. prints one table: milliseconds per step and Symbolon's time over each peer's.
NumPy uses the BLAS threads it finds (two on a 2-core machine); Symbolon runs with the Vector API
(--add-modules jdk.incubator.vector). Ratios taken in one run carry between machines; absolute
times do not.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
BENCHMARKS = os.path.dirname(HERE)
JAR = os.path.join(BENCHMARKS, 'target', 'benchmarks.jar')
STEPS_CHECKED = 3
W4_SHAPE = dict(n=2560, inputs=784, hidden=256, classes=10, batch=256)


# ------------------------------------------------------------------ the data
def write_data(directory):
    """Standard normal features, labels from a random teacher, small initial weights."""
    os.makedirs(directory, exist_ok=True)
    shapes = {}

    def save(name, array):
        array = np.ascontiguousarray(array, dtype='<f8')
        array.tofile(os.path.join(directory, name + '.bin'))
        shapes[name] = list(array.shape)

    for tag, seed, n in (('w1', 1, 400), ('w2', 2, 20000)):
        rng = np.random.default_rng(seed)
        x = rng.standard_normal((n, 784))
        teacher = rng.standard_normal(784)
        p = 1.0 / (1.0 + np.exp(-4.0 * (x @ teacher) / np.sqrt(784)))
        save(tag + '_X', x)
        save(tag + '_y', (rng.random(n) < p).astype(np.float64))
        save(tag + '_w0', 0.01 * rng.standard_normal(784))
    rng = np.random.default_rng(3)
    save('w3_x', 3.0 * rng.standard_normal(10_000_000))
    save('w3_y', rng.standard_normal(10_000_000))
    rng = np.random.default_rng(4)
    s = W4_SHAPE
    x = rng.standard_normal((s['n'], s['inputs']))
    teacher = rng.standard_normal((s['inputs'], s['classes']))
    noise = 2.0 * rng.standard_normal((s['n'], s['classes']))
    save('w4_X', x)
    save('w4_y', np.argmax(x @ teacher + noise, axis=1).astype(np.float64))
    save('w4_W1', rng.standard_normal((s['inputs'], s['hidden'])) * np.sqrt(1.0 / s['inputs']))
    save('w4_W2', rng.standard_normal((s['hidden'], s['classes'])) * np.sqrt(1.0 / s['hidden']))
    with open(os.path.join(directory, 'shapes.json'), 'w') as f:
        json.dump(shapes, f, indent=1)


def read(directory, name):
    with open(os.path.join(directory, 'shapes.json')) as f:
        shape = json.load(f)[name]
    return np.fromfile(os.path.join(directory, name + '.bin'), dtype='<f8').reshape(shape)


# ------------------------------------------------------------------ the workloads in NumPy
def logistic_step(x, y, w, b, rate=0.1, l2=0.01):
    """One full-batch step of the Theano tutorial's model; returns the new w, b and the cost before."""
    p = 1.0 / (1.0 + np.exp(-(x @ w) - b))
    cost = (-y * np.log(p) - (1.0 - y) * np.log(1.0 - p)).mean() + l2 * (w * w).sum()
    d = (p - y) / x.shape[0]
    return w - rate * (x.T @ d + 2.0 * l2 * w), b - rate * d.sum(), float(cost)


def elementwise(x, y):
    """W3's value and gradient."""
    sigmoid = 1.0 / (1.0 + np.exp(-x))
    e = np.exp(-np.abs(x))
    value = (sigmoid * y + np.log1p(e)).sum()
    return value, y * sigmoid * (1.0 - sigmoid) - np.sign(x) * e / (1.0 + e)


def mlp_step(x, labels, params, rate=0.1):
    """One SGD step of the tanh MLP with softmax cross-entropy, in place; returns the loss before."""
    w1, b1, w2, b2 = params
    batch = x.shape[0]
    h = np.tanh(x @ w1 + b1)
    logits = h @ w2 + b2
    top = logits.max(axis=1, keepdims=True)
    e = np.exp(logits - top)
    total = e.sum(axis=1, keepdims=True)
    rows = np.arange(batch)
    loss = float((np.log(total[:, 0]) + top[:, 0] - logits[rows, labels]).mean())
    d = e / total
    d[rows, labels] -= 1.0
    d /= batch
    dh = (d @ w2.T) * (1.0 - h * h)
    w2 -= rate * (h.T @ d)
    b2 -= rate * d.sum(axis=0)
    w1 -= rate * (x.T @ dh)
    b1 -= rate * dh.sum(axis=0)
    return loss


class NumPyWorkloads:
    name = 'NumPy'

    def __init__(self, directory):
        self.dir = directory

    def logistic(self, tag):
        x, y, w0 = read(self.dir, tag + '_X'), read(self.dir, tag + '_y'), read(self.dir, tag + '_w0')
        state = {'w': w0.copy(), 'b': 0.0}

        def step():
            state['w'], state['b'], cost = logistic_step(x, y, state['w'], state['b'])
            return cost

        def reset():
            state['w'], state['b'] = w0.copy(), 0.0

        def sums():
            return {'b_sum': state['b'], 'w_sum': float(state['w'].sum())}
        return step, reset, sums

    def elementwise(self):
        x, y = read(self.dir, 'w3_x'), read(self.dir, 'w3_y')
        return lambda: elementwise(x, y)

    def mlp(self):
        s = W4_SHAPE
        x, labels = read(self.dir, 'w4_X'), read(self.dir, 'w4_y').astype(np.int64)
        w1_0, w2_0 = read(self.dir, 'w4_W1'), read(self.dir, 'w4_W2')
        state = {}

        def reset():
            state['params'] = [w1_0.copy(), np.zeros(s['hidden']), w2_0.copy(), np.zeros(s['classes'])]
            state['batch'] = 0

        def step():
            j = state['batch']
            state['batch'] = (j + 1) % (s['n'] // s['batch'])
            rows = slice(j * s['batch'], (j + 1) * s['batch'])
            return mlp_step(x[rows], labels[rows], state['params'])

        def sums():
            w1, b1, w2, b2 = state['params']
            return {'b1_sum': float(b1.sum()), 'b2_sum': float(b2.sum()),
                    'w1_sum': float(w1.sum()), 'w2_sum': float(w2.sum())}
        reset()
        return step, reset, sums


class PyTensorWorkloads:
    """The same workloads as PyTensor functions with symbolic gradients (its C backend)."""
    name = 'PyTensor'

    def __init__(self, directory):
        import pytensor
        import pytensor.tensor as pt
        self.pytensor, self.pt, self.dir = pytensor, pt, directory

    def logistic(self, tag):
        pytensor, pt = self.pytensor, self.pt
        x, y, w0 = read(self.dir, tag + '_X'), read(self.dir, tag + '_y'), read(self.dir, tag + '_w0')
        w = pytensor.shared(w0.copy(), name='w')
        b = pytensor.shared(0.0, name='b')
        xs, ys = pt.dmatrix('x'), pt.dvector('y')
        p = pt.sigmoid(pt.dot(xs, w) + b)
        cost = pt.mean(-ys * pt.log(p) - (1 - ys) * pt.log(1 - p)) + 0.01 * pt.sum(w ** 2)
        gw, gb = pytensor.grad(cost, [w, b])
        train = pytensor.function([xs, ys], cost, updates=[(w, w - 0.1 * gw), (b, b - 0.1 * gb)])

        def reset():
            w.set_value(w0.copy())
            b.set_value(0.0)

        def sums():
            return {'b_sum': float(b.get_value()), 'w_sum': float(w.get_value().sum())}
        return (lambda: float(train(x, y))), reset, sums

    def elementwise(self):
        pytensor, pt = self.pytensor, self.pt
        x, y = read(self.dir, 'w3_x'), read(self.dir, 'w3_y')
        xs, ys = pt.dvector('x'), pt.dvector('y')
        s = pt.sum(pt.sigmoid(xs) * ys + pt.log1p(pt.exp(-pt.abs(xs))))
        f = pytensor.function([xs, ys], [s, pytensor.grad(s, xs)])
        return lambda: f(x, y)

    def mlp(self):
        pytensor, pt = self.pytensor, self.pt
        s = W4_SHAPE
        x, labels = read(self.dir, 'w4_X'), read(self.dir, 'w4_y').astype(np.int64)
        w1_0, w2_0 = read(self.dir, 'w4_W1'), read(self.dir, 'w4_W2')
        w1, w2 = pytensor.shared(w1_0.copy()), pytensor.shared(w2_0.copy())
        b1, b2 = pytensor.shared(np.zeros(s['hidden'])), pytensor.shared(np.zeros(s['classes']))
        xs, ls = pt.dmatrix('x'), pt.lvector('labels')
        logits = pt.dot(pt.tanh(pt.dot(xs, w1) + b1), w2) + b2
        loss = -pt.mean(pt.special.log_softmax(logits, axis=1)[pt.arange(ls.shape[0]), ls])
        params = [w1, b1, w2, b2]
        train = pytensor.function([xs, ls], loss,
                                  updates=[(p, p - 0.1 * g) for p, g in zip(params, pytensor.grad(loss, params))])
        state = {'batch': 0}

        def reset():
            w1.set_value(w1_0.copy()); w2.set_value(w2_0.copy())
            b1.set_value(np.zeros(s['hidden'])); b2.set_value(np.zeros(s['classes']))
            state['batch'] = 0

        def step():
            j = state['batch']
            state['batch'] = (j + 1) % (s['n'] // s['batch'])
            rows = slice(j * s['batch'], (j + 1) * s['batch'])
            return float(train(x[rows], labels[rows]))

        def sums():
            return {'b1_sum': float(b1.get_value().sum()), 'b2_sum': float(b2.get_value().sum()),
                    'w1_sum': float(w1.get_value().sum()), 'w2_sum': float(w2.get_value().sum())}
        return step, reset, sums


# ------------------------------------------------------------------ checking and timing
def values(peer, workload):
    """What compare checks: the first steps' costs and the parameters' sums (W3: value, gradient sum)."""
    if workload == 'W3':
        value, gradient = peer.elementwise()()
        return {'s': float(value), 'g_sum': float(np.sum(gradient))}
    step, reset, sums = peer.logistic(workload.lower()) if workload != 'W4' else peer.mlp()
    reset()
    out = {'cost%d' % (k + 1): step() for k in range(STEPS_CHECKED)}
    out.update(sums())
    reset()
    return out


def median_ms(peer, workload, quick):
    """In-process median of one step (W3: one evaluation) after a warm-up."""
    if workload == 'W3':
        call, count, warm = peer.elementwise(), 5 if quick else 20, 2
    else:
        step, reset, _ = peer.logistic(workload.lower()) if workload != 'W4' else peer.mlp()
        reset()
        call = step
        count, warm = {'W1': (2000, 100), 'W2': (50, 3), 'W4': (200, 10)}[workload]
        if quick:
            count = max(5, count // 10)
    for _ in range(warm):
        call()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return 1e3 * float(np.median(times))


def java_values(directory):
    out = subprocess.run(['java', '--add-modules', 'jdk.incubator.vector', '-cp', JAR,
                          'dev.symbolon.benchmarks.PeerValues', directory],
                         check=True, capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        if line.startswith('VALUES '):
            _, workload, *pairs = line.split()
            result[workload] = {k: float(v) for k, v in (p.split('=') for p in pairs)}
    return result


def check(expected, actual, workload):
    for name, value in expected.items():
        got = actual.get(name)
        if got is None or abs(got - value) > 1e-9 * max(1.0, abs(value)):
            sys.exit('%s: Symbolon computes %s = %r where NumPy computes %r; not timing a different answer'
                     % (workload, name, got, value))


def jmh(directory, workloads, quick):
    """Java's figures (ms per step), by benchmark class and method."""
    classes = {'W1': 'LogisticRegressionBenchmark', 'W2': 'LogisticRegressionBenchmark',
               'W3': 'ElementwiseBenchmark', 'W4': 'MlpBenchmark'}
    sizes = [n for w, n in (('W1', '400'), ('W2', '20000')) if w in workloads]
    pattern = '(%s)\\.(symbolon|loops)$' % '|'.join(sorted({classes[w] for w in workloads}))
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, 'jmh.json')
        command = ['java', '--add-modules', 'jdk.incubator.vector', '-Dsymbolon.peers.data=' + directory,
                   '-jar', JAR, pattern, '-f', '1', '-w', '1s', '-r', '1s', '-rf', 'json', '-rff', report]
        command += ['-wi', '3', '-i', '3'] if quick else ['-wi', '5', '-i', '10']
        if sizes:
            command += ['-p', 'n=' + ','.join(sizes)]
        subprocess.run(command, check=True, stdout=sys.stderr)
        with open(report) as f:
            runs = json.load(f)
    figures = {}
    for run in runs:
        cls, method = run['benchmark'].rsplit('.', 2)[-2:]
        n = run.get('params', {}).get('n')
        workload = {'LogisticRegressionBenchmark': 'W1' if n == '400' else 'W2',
                    'ElementwiseBenchmark': 'W3', 'MlpBenchmark': 'W4'}[cls]
        figures[(workload, method)] = run['primaryMetric']['score']
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--data', default=os.path.join(BENCHMARKS, 'target', 'peers-data'))
    parser.add_argument('--workloads', default='W1,W2,W3,W4')
    parser.add_argument('--quick', action='store_true', help='fewer steps and JMH iterations: a smoke run')
    args = parser.parse_args()
    workloads = [w for w in ('W1', 'W2', 'W3', 'W4') if w in args.workloads.split(',')]
    directory = os.path.abspath(args.data)
    if not os.path.exists(JAR):
        sys.exit(JAR + ' is missing: build it first with mvn -B -q package -DskipTests')
    if not os.path.exists(os.path.join(directory, 'shapes.json')):
        print('writing the workloads\' data to ' + directory, file=sys.stderr)
        write_data(directory)
    peers = [NumPyWorkloads(directory)]
    try:
        peers.append(PyTensorWorkloads(directory))
    except ImportError:
        print('PyTensor is not installed: its column stays empty', file=sys.stderr)

    symbolon = java_values(directory)
    for workload in workloads:
        for peer in peers:
            check(values(peer, workload), symbolon[workload], workload + ' (' + peer.name + ')')
    print('Symbolon computes what ' + ' and '.join(p.name for p in peers) + ' compute(s), to 1e-9', file=sys.stderr)

    peer_ms = {(p.name, w): median_ms(p, w, args.quick) for w in workloads for p in peers}
    java = jmh(directory, workloads, args.quick)
    names = [p.name for p in peers]
    header = ['workload'] + names + ['Java loops', 'Symbolon'] + ['Symbolon / ' + n for n in names] + ['Symbolon / loops']
    print('| ' + ' | '.join(header) + ' |')
    print('| --- |' + ' ---: |' * (len(header) - 1))
    for w in workloads:
        mine = java[(w, 'symbolon')]
        cells = [w] + ['%.4g' % peer_ms[(n, w)] for n in names] + ['%.4g' % java[(w, 'loops')], '%.4g' % mine]
        cells += ['%.2f' % (mine / peer_ms[(n, w)]) for n in names] + ['%.2f' % (mine / java[(w, 'loops')])]
        print('| ' + ' | '.join(cells) + ' |')
    print('(milliseconds per step; W3 per evaluation of the value and its gradient)')


if __name__ == '__main__':
    main()
