import { searchSteps, type Node } from './tests/unit/property/backtracking-steps';
const c = (s: string): Node => ({ kind: 'char', source: s });
const rep = (body: Node, min: number, max: number): Node => ({ kind: 'repeat', body, min, max, lazy: false });
for (const n of [5, 10, 15, 20]) {
const node: Node = { kind: 'seq', items: [...Array.from({ length: n }, () => rep(c('\\d'), 0, 1)), c('x')] };
console.log(n, searchSteps(node, '', '1'.repeat(2999)+'!', 1e9), searchSteps(node, '', '1'.repeat(50)+'!', 1e9));
}
const re = /\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?\d?x/g; const t0=performance.now(); re.exec('1'.repeat(2999)+'!'); console.log(performance.now()-t0);
