import { describe, expect, it } from 'vitest';
import { type NameRelation, relateNames } from './compare-names.js';
import { nameParts } from './name-keys.js';

const relate = (a: string, b: string) => relateNames(nameParts(a), nameParts(b));

describe('relateNames', () => {
  it.each<[string, string, NameRelation]>([
    ['Akhilesh Yadav', 'अखिलेश यादव', 'key'],
    ['SP chief Akhilesh Yadav', 'Akhilesh Yadav', 'key'],
    ['सपा नेता आजम खां', 'Azam Khan', 'key'],
    ['ममता बनर्जी', 'Mamata Banerjee', 'phonetic'],
    ['उद्धव ठाकरे', 'Uddhav Thackeray', 'phonetic'],
    ['कमलनाथ', 'Kamal Nath', 'phonetic'],
    ['रविशंकर प्रसाद', 'Ravi Shankar Prasad', 'phonetic'],
    ['Prime Minister A.B. Vajpayee', 'Atal Bihari Vajpayee', 'initials'],
    ['J P Nadda', 'Jagat Prakash Nadda', 'initials'],
    ['Mulayam Yadav', 'Mulayam Singh Yadav', 'extension'],
    ['Priyanka Gandhi', 'Priyanka Gandhi Vadra', 'extension'],
    ['Azam Khan', 'Mohammad Azam Khan', 'none'],
    ['Azam Khan', 'Abdullah Azam Khan', 'none'],
    ['George Bush', 'George W. Bush', 'extension'],
    ['Khan', 'Azam Khan', 'short'],
    ['मोदी', 'Narendra Modi', 'short'],
    ['Akhilesh', 'Akhilesh Yadav', 'short'],
    ['Akhilesh Yadav', 'Dharmendra Yadav', 'conflict'],
    ['Akhilesh Yadav', 'Mulayam Singh Yadav', 'conflict'],
    ['Rahul Gandhi', 'Sonia Gandhi', 'conflict'],
    ['Rahul Gandhi', 'Mahatma Gandhi', 'conflict'],
    ['Rahul Gandhi', 'Rahul Dravid', 'conflict'],
    ['राहुल गांधी', 'सोनिया गांधी', 'conflict'],
    ['Azam Khan', 'Imran Khan', 'conflict'],
    ['Mulayam Singh Yadav', 'Mulayam Prasad Yadav', 'conflict'],
    ['Azam Khan', 'Akhilesh Yadav', 'none'],
    ['Khan', 'Yadav', 'none'],
    ['Khan', 'Khan', 'key'],
  ])('relates %s and %s as %s', (a, b, relation) => {
    expect(relate(a, b)).toBe(relation);
    expect(relate(b, a)).toBe(relation);
  });
});
