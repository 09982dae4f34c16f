import { describe, expect, it } from 'vitest';
import { htmlFragmentToText } from './html-to-text.js';

describe('htmlFragmentToText', () => {
  it.each([
    [
      'paragraphs become blocks separated by a blank line',
      '<p>Kochi, Mar 3 (IANS) Dock workers ended their strike.</p><p>Cargo handling resumes tonight.</p>',
      'Kochi, Mar 3 (IANS) Dock workers ended their strike.\n\nCargo handling resumes tonight.',
    ],
    [
      'source line breaks and runs of spaces inside a paragraph collapse',
      '<p>The bill now\n      goes to the   Governor\tfor assent.</p>',
      'The bill now goes to the Governor for assent.',
    ],
    ['a single <br> is a line break', '<p>First line<br>second line</p>', 'First line\nsecond line'],
    [
      'two <br> in a row end a paragraph',
      '<div>First part<br><br>Second part</div>',
      'First part\n\nSecond part',
    ],
    [
      'inline markup keeps words together',
      '<p>Members <b>supported</b> the <a href="/bill">bill</a>, <em>with</em> changes.</p>',
      'Members supported the bill, with changes.',
    ],
    [
      'list items are separate blocks',
      '<ul><li>Ferries suspended</li><li>Schools shut</li></ul>',
      'Ferries suspended\n\nSchools shut',
    ],
    [
      'table cells are spaced, rows are blocks',
      '<table><tr><td>Seats</td><td>42</td></tr><tr><td>Votes</td><td>1,204</td></tr></table>',
      'Seats 42\n\nVotes 1,204',
    ],
    [
      'scripts, styles, forms and media leave no text',
      '<p>Text.</p><script>track("x")</script><style>p{}</style><form><input value="q"><button>Go</button></form><img alt="photo"><noscript>Enable JS</noscript>',
      'Text.',
    ],
    ['hidden elements leave no text', '<p>Shown.</p><p hidden>Not shown.</p>', 'Shown.'],
    [
      'entities are decoded',
      '<p>Roads &amp; bridges &ndash; &#8377;420 crore</p>',
      'Roads & bridges – ₹420 crore',
    ],
    [
      'Devanagari text passes through whole',
      '<p>इंदौर। नगर निगम ने छूट की अवधि बढ़ा दी है।</p><p>उन्होंने कहा, "लाभ मिलना चाहिए।"</p>',
      'इंदौर। नगर निगम ने छूट की अवधि बढ़ा दी है।\n\nउन्होंने कहा, "लाभ मिलना चाहिए।"',
    ],
    ['preformatted text keeps its line breaks', '<pre>Line one\n  Line two</pre>', 'Line one\nLine two'],
  ])('%s', (_name, html, expected) => {
    expect(htmlFragmentToText(html)).toBe(expected);
  });
});
