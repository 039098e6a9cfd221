// Content sites: pages of sections, with forms that store what visitors send into a collection.
// The copy is placeholder text the engine re-titles from the prompt: the literal token {name} stands for
// the business's or app's name and {topic} for what it is about ("{name} — {topic} in town").
import {
  $,
  asc,
  bool,
  choice,
  collection,
  date,
  desc,
  email,
  faq,
  features,
  form,
  gt,
  gte,
  hero,
  hours,
  inbox,
  isEmpty,
  longtext,
  menu,
  money,
  num,
  or,
  page,
  phone,
  pictures,
  pricing,
  prose,
  rule,
  schedule,
  team,
  testimonials,
  text,
  time,
  today,
} from '../domain-builders.js';
import type { DomainEntry } from '../domain.types.js';

export const SITE_DOMAINS: DomainEntry[] = [
  {
    id: 'saas-landing',
    name: 'SaaS product landing page',
    kind: 'site',
    synonyms: [
      'landing page',
      'saas landing page',
      'product landing page',
      'startup website',
      'software product page',
      'pricing page',
      'saas website',
      'marketing site',
      'homepage for my app',
      'product website',
      'b2b landing page',
    ],
    description:
      'A landing page for a software product: a hero, features, three pricing tiers, testimonials, questions and a sign-up form.',
    collections: [
      collection(
        'signup',
        'Sign-up',
        'Sign-ups',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Work email', { required: true }),
          text('company', 'Company'),
          choice('plan', 'Plan', ['Starter', 'Pro', 'Business'], { default: 'Pro' }),
          num('teamSize', 'Team size', { min: 1, max: 10000 }),
          date('date', 'Signed up on', { default: 'today' }),
        ],
        {
          samples: [
            {
              name: 'Maya Lopez',
              email: 'maya@brightside.example',
              company: 'Brightside',
              plan: 'Pro',
              teamSize: 12,
              date: '2026-11-30',
            },
            {
              name: 'Jon Park',
              email: 'jon@fieldnotes.example',
              plan: 'Starter',
              teamSize: 2,
              date: '2026-12-01',
            },
          ],
        },
      ),
    ],
    aliases: { signup: ['sign-up', 'signup', 'trial', 'lead', 'registration'] },
    core: ['signup'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name}: {topic} without the busywork',
          '{name} brings your team\u2019s {topic} into one calm place, so the work gets done and nobody chases updates.',
          { label: 'Start free trial', target: '#signup' },
        ),
        features('Why teams choose {name}', [
          ['Set up in minutes', 'Import what you have and invite your team; no training needed.'],
          ['Everything in one place', 'Plans, files and conversations about {topic} live side by side.'],
          [
            'Reports that write themselves',
            'See progress at a glance with dashboards that update as you work.',
          ],
          ['Secure by default', 'Single sign-on, encryption at rest and fine-grained permissions.'],
        ]),
        testimonials('Loved by busy teams', [
          ['We replaced three tools with {name} and got our Fridays back.', 'Priya S.', 'Operations lead'],
          ['The first tool for {topic} my whole team actually uses.', 'Daniel R.', 'Founder'],
        ]),
      ),
      page(
        'pricing',
        'Pricing',
        pricing(
          'Simple pricing',
          [
            {
              name: 'Starter',
              price: 'Free',
              features: ['Up to 3 people', 'Core features', 'Community support'],
            },
            {
              name: 'Pro',
              price: '$12',
              period: 'per user / month',
              features: ['Unlimited projects', 'Reports and exports', 'Priority support'],
              highlighted: true,
            },
            {
              name: 'Business',
              price: '$29',
              period: 'per user / month',
              features: ['Single sign-on', 'Audit log', 'Dedicated success manager'],
            },
          ],
          'Start free, upgrade when your team grows. Cancel any time.',
        ),
        faq('Questions', [
          ['Is there a free trial?', 'Yes: every paid plan starts with 14 days free, no card needed.'],
          ['Can I change plans later?', 'Any time, from your settings; we prorate the difference.'],
          ['Where is my data stored?', 'In encrypted data centres in the EU or US, your choice.'],
        ]),
      ),
      page(
        'signup',
        'Sign up',
        form(
          'Start your free trial',
          'signup',
          'Create my account',
          'Thanks! Check your inbox for a link to get started.',
          'Fourteen days free. No card needed.',
        ),
      ),
      inbox('signups', 'Sign-ups', 'signup', { filters: ['plan'], sort: desc('date') }),
    ],
  },
  {
    id: 'portfolio',
    name: 'Photographer or artist portfolio',
    kind: 'site',
    synonyms: [
      'portfolio',
      'portfolio website',
      'photography portfolio',
      'photographer website',
      'artist website',
      'illustrator portfolio',
      'art gallery site',
      'designer portfolio',
      'showcase my work',
      'online portfolio',
    ],
    description:
      'A portfolio site for a photographer, illustrator or artist: a gallery of work, an about page, kind words from clients and a contact form.',
    collections: [
      collection(
        'message',
        'Message',
        'Messages',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          choice('subject', 'About', ['Commission', 'Print sale', 'Collaboration', 'Other'], {
            default: 'Commission',
          }),
          date('eventDate', 'Date of the shoot or deadline'),
          longtext('message', 'Message', { required: true }),
        ],
        {
          samples: [
            {
              name: 'Elif Demir',
              email: 'elif@example.com',
              subject: 'Commission',
              eventDate: '2027-05-22',
              message: 'Could you photograph our small garden wedding?',
            },
            {
              name: 'Gallery North',
              email: 'hello@gallerynorth.example',
              subject: 'Collaboration',
              message: 'We would love to show your series next spring.',
            },
          ],
        },
      ),
    ],
    aliases: { message: ['message', 'enquiry', 'inquiry', 'contact', 'commission request'] },
    core: ['message'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', '{topic} with patience and natural light. Based in the city, available worldwide.', {
          label: 'See the work',
          target: 'work',
        }),
        pictures('Selected work', [
          ['Morning harbour', 'Fine art print'],
          ['Quiet studio', 'Editorial'],
          ['Wildflowers', 'Personal series'],
          ['City at dusk', 'Commission'],
          ['Portrait in blue', 'Portrait'],
          ['Salt and stone', 'Landscape'],
        ]),
      ),
      page(
        'work',
        'Work',
        pictures('Portfolio', [
          ['Series one', 'Landscapes, 2025'],
          ['Series two', 'Portraits, 2026'],
          ['Commissions', 'Brands and events'],
          ['Prints', 'Signed, limited editions'],
        ]),
      ),
      page(
        'about',
        'About',
        prose(
          'About {name}',
          'I have spent ten years making pictures about {topic}. I work slowly, listen first and deliver images that feel like the people and places in them.',
        ),
        testimonials('Clients say', [
          ['Calm, kind and the photos took our breath away.', 'Hannah & Joe', 'Wedding clients'],
          ['Delivered on time and beyond the brief.', 'Studio Marlow', 'Editorial client'],
        ]),
      ),
      page(
        'contact',
        'Contact',
        form(
          'Work with me',
          'message',
          'Send message',
          'Thank you, I will reply within two working days.',
          'Tell me what you have in mind and when.',
        ),
      ),
      inbox('messages', 'Messages', 'message', { filters: ['subject'] }),
    ],
  },
  {
    id: 'cafe-site',
    name: 'Restaurant or café website',
    kind: 'site',
    synonyms: [
      'restaurant website',
      'cafe website',
      'café website',
      'coffee shop website',
      'bakery website',
      'bar website',
      'restaurant menu page',
      'book a table online',
      'opening hours page',
      'pub website',
    ],
    description:
      'A website for a restaurant, café or bar: a welcome, the menu with prices, opening hours, how to find it and a form to book a table.',
    collections: [
      collection(
        'tableBooking',
        'Table booking',
        'Table bookings',
        [
          text('name', 'Name', { required: true }),
          phone('phone', 'Phone', { required: true }),
          email('email', 'Email'),
          date('date', 'Date', { required: true }),
          time('time', 'Time', { required: true }),
          num('partySize', 'Guests', {
            required: true,
            min: 1,
            max: 12,
            message: 'For more than 12 guests, please call us',
          }),
          longtext('requests', 'Special requests'),
        ],
        {
          rules: [rule(gte($('date'), today), 'Please choose today or a later date')],
          samples: [
            {
              name: 'Olga Ivanova',
              phone: '555-0123',
              date: '2026-12-05',
              time: '19:00',
              partySize: 4,
              requests: 'High chair, please',
            },
            {
              name: 'Sam Reid',
              phone: '555-0124',
              email: 'sam@example.com',
              date: '2026-12-06',
              time: '12:30',
              partySize: 2,
            },
          ],
        },
      ),
    ],
    aliases: { tableBooking: ['booking', 'reservation', 'table booking', 'table'] },
    core: ['tableBooking'],
    pages: [
      page(
        'home',
        'Home',
        hero('Welcome to {name}', 'Seasonal {topic}, good coffee and a warm room. Walk in or book a table.', {
          label: 'Book a table',
          target: 'book',
        }),
        features('Why people come back', [
          ['Cooked fresh daily', 'Local produce, short menu, made in our own kitchen.'],
          ['Coffee we roast', 'Beans roasted down the road every week.'],
          ['Everyone welcome', 'Dogs, prams and laptops all fine before noon.'],
        ]),
        hours('Opening hours', [
          ['Monday – Friday', '8:00 – 22:00'],
          ['Saturday', '9:00 – 23:00'],
          ['Sunday', '9:00 – 17:00'],
        ]),
      ),
      page(
        'menu',
        'Menu',
        menu('Menu', [
          [
            'Breakfast',
            [
              ['Sourdough toast, butter and jam', '4.50'],
              ['Shakshuka', '9.50', 'Baked eggs, peppers, feta'],
              ['Granola bowl', '6.00', 'Yoghurt, berries, honey'],
            ],
          ],
          [
            'Mains',
            [
              ['Roast squash risotto', '14.00'],
              ['Fish of the day', '17.50', 'With greens and salsa verde'],
              ['Chicken schnitzel', '15.00'],
            ],
          ],
          [
            'Drinks',
            [
              ['Flat white', '3.20'],
              ['Fresh lemonade', '3.50'],
              ['House wine, glass', '6.50'],
            ],
          ],
        ]),
      ),
      page(
        'book',
        'Book a table',
        form(
          'Book a table',
          'tableBooking',
          'Request booking',
          'Thanks! We will text you to confirm your table.',
          'For groups over 12, please call us.',
        ),
        prose(
          'Find us',
          '{name} is on the corner of the market square, two minutes from the station. Step-free entrance.',
        ),
      ),
      inbox('bookings', 'Bookings', 'tableBooking', { sort: asc('date') }),
    ],
  },
  {
    id: 'wedding-site',
    name: 'Wedding website',
    kind: 'site',
    synonyms: [
      'wedding website',
      'wedding site',
      'wedding rsvp',
      'rsvp form',
      'our wedding page',
      'save the date',
      'wedding invitation site',
      'wedding day schedule',
      'engagement website',
      'wedding info page',
    ],
    description:
      'A wedding website for guests: the couple\u2019s story, the day\u2019s schedule, travel and stay tips, questions and an RSVP form.',
    collections: [
      collection(
        'rsvp',
        'RSVP',
        'RSVPs',
        [
          text('name', 'Your name(s)', { required: true }),
          email('email', 'Email', { required: true }),
          choice('attending', 'Will you come?', ['Joyfully accepts', 'Regretfully declines'], {
            required: true,
          }),
          num('guests', 'Number of guests', { min: 1, max: 6, default: 1 }),
          choice('meal', 'Meal choice', ['Meat', 'Fish', 'Vegetarian', 'Vegan']),
          text('song', 'A song that will get you dancing'),
          longtext('message', 'Message for the couple'),
        ],
        {
          samples: [
            {
              name: 'Aunt Jo and Uncle Pete',
              email: 'jo@example.com',
              attending: 'Joyfully accepts',
              guests: 2,
              meal: 'Fish',
              song: 'September',
            },
            {
              name: 'Marco Rossi',
              email: 'marco@example.com',
              attending: 'Regretfully declines',
              guests: 1,
              message: 'So sorry to miss it, much love!',
            },
          ],
        },
      ),
    ],
    aliases: { rsvp: ['rsvp', 'reply', 'response', 'guest'] },
    core: ['rsvp'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name} are getting married',
          'Join us for a day of {topic}, good food and dancing. We can\u2019t wait to celebrate with you.',
          { label: 'RSVP', target: 'rsvp' },
        ),
        prose(
          'Our story',
          'We met on a rainy Tuesday and have been arguing happily about the best pizza topping ever since.',
        ),
      ),
      page(
        'the-day',
        'The day',
        schedule('Schedule', [
          ['14:00', 'Ceremony', 'In the garden, rain or shine'],
          ['15:00', 'Drinks and photos'],
          ['17:30', 'Dinner'],
          ['20:00', 'First dance and party'],
          ['00:00', 'Carriages'],
        ]),
        faq('Good to know', [
          ['Is there parking?', 'Yes, free parking on site.'],
          ['Can I bring a plus-one?', 'If your invitation names them, please do.'],
          ['What should I wear?', 'Summer smart; comfortable shoes for the lawn.'],
        ]),
      ),
      page(
        'travel',
        'Travel and stay',
        prose(
          'Getting there',
          'The venue is a short taxi ride from the station. We have held rooms at two nearby hotels; mention {name} when booking.',
        ),
      ),
      page(
        'rsvp',
        'RSVP',
        form('RSVP', 'rsvp', 'Send reply', 'Thank you! Your reply is with us.', 'Please reply by 1 May.'),
      ),
      inbox('replies', 'Replies', 'rsvp', { filters: ['attending', 'meal'], totals: ['guests'] }),
    ],
  },
  {
    id: 'event-site',
    name: 'Conference or event website',
    kind: 'site',
    synonyms: [
      'event website',
      'conference website',
      'event landing page',
      'festival website',
      'meetup page',
      'event sign-up page',
      'summit website',
      'hackathon page',
      'speakers page',
      'event registration page',
    ],
    description:
      'A site for a conference, festival or meetup: what it is, the speakers, the schedule, ticket types and a registration form.',
    collections: [
      collection(
        'registration',
        'Registration',
        'Registrations',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          text('company', 'Company'),
          choice('ticket', 'Ticket', ['Community', 'Standard', 'Supporter'], {
            required: true,
            default: 'Standard',
          }),
          choice('dietary', 'Dietary needs', ['None', 'Vegetarian', 'Vegan', 'Gluten-free', 'Other']),
          bool('newsletter', 'Send me updates', { default: true }),
        ],
        {
          samples: [
            {
              name: 'Ama Owusu',
              email: 'ama@example.com',
              company: 'Datawise',
              ticket: 'Standard',
              dietary: 'Vegetarian',
              newsletter: true,
            },
            {
              name: 'Lukas Meyer',
              email: 'lukas@example.com',
              ticket: 'Community',
              dietary: 'None',
              newsletter: false,
            },
          ],
        },
      ),
    ],
    aliases: { registration: ['registration', 'sign-up', 'ticket', 'attendee'] },
    core: ['registration'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name} 2027',
          'One day of talks, workshops and hallway conversations about {topic}. 22 April, city centre.',
          { label: 'Get a ticket', target: 'register' },
        ),
        features('What to expect', [
          ['20 talks', 'Practical sessions from people doing the work.'],
          ['Hands-on workshops', 'Small groups, real problems, bring a laptop.'],
          ['Great people', 'Meet 400 others who care about {topic}.'],
        ]),
        team('Speakers', [
          ['Dr Ife Balogun', 'Open Data Lab', 'Keynote on {topic} in public services'],
          ['Martin Kraus', 'Streamworks'],
          ['Sofia Almeida', 'Independent researcher'],
        ]),
      ),
      page(
        'schedule',
        'Schedule',
        schedule('Programme', [
          ['09:00', 'Doors and coffee'],
          ['09:30', 'Opening keynote', 'Main stage'],
          ['11:00', 'Talks in two tracks'],
          ['13:00', 'Lunch'],
          ['14:00', 'Workshops'],
          ['17:00', 'Closing panel and drinks'],
        ]),
      ),
      page(
        'tickets',
        'Tickets',
        pricing('Tickets', [
          { name: 'Community', price: '$49', features: ['All talks', 'Lunch and coffee'] },
          {
            name: 'Standard',
            price: '$149',
            features: ['All talks and workshops', 'Lunch and coffee', 'Recordings'],
            highlighted: true,
          },
          {
            name: 'Supporter',
            price: '$299',
            features: ['Everything in Standard', 'Funds a free student ticket', 'Speaker dinner'],
          },
        ]),
        faq('Questions', [
          ['Is there a code of conduct?', 'Yes, and we enforce it. Read it before you come.'],
          ['Will talks be recorded?', 'Yes, for Standard and Supporter ticket holders.'],
        ]),
      ),
      page(
        'register',
        'Register',
        form('Register', 'registration', 'Register', 'You are in! Your ticket is on its way by email.'),
      ),
      inbox('registrations', 'Registrations', 'registration', { filters: ['ticket', 'dietary'] }),
    ],
  },
  {
    id: 'practice-site',
    name: 'Dental or medical practice website',
    kind: 'site',
    synonyms: [
      'dental practice website',
      'dentist website',
      'clinic website',
      'doctor website',
      'physio website',
      'medical practice website',
      'therapist website',
      'book an appointment online',
      'chiropractor website',
      'optician website',
    ],
    description:
      'A site for a dental, medical or therapy practice: services, the team, opening hours, common questions and an appointment request form.',
    collections: [
      collection(
        'appointmentRequest',
        'Appointment request',
        'Appointment requests',
        [
          text('name', 'Name', { required: true }),
          phone('phone', 'Phone', { required: true }),
          email('email', 'Email'),
          choice('service', 'Service', ['Check-up', 'Hygiene', 'Emergency', 'Cosmetic', 'Consultation'], {
            required: true,
          }),
          date('preferredDate', 'Preferred date'),
          bool('newPatient', 'I am a new patient', { default: true }),
          longtext('notes', 'Anything we should know'),
        ],
        {
          rules: [
            rule(
              or(isEmpty($('preferredDate')), gte($('preferredDate'), today)),
              'Please choose today or a later date',
            ),
          ],
          samples: [
            {
              name: 'Kate Morgan',
              phone: '555-0131',
              service: 'Check-up',
              preferredDate: '2026-12-09',
              newPatient: true,
            },
            {
              name: 'Idris Bello',
              phone: '555-0132',
              email: 'idris@example.com',
              service: 'Emergency',
              newPatient: false,
              notes: 'Chipped tooth',
            },
          ],
        },
      ),
    ],
    aliases: { appointmentRequest: ['appointment', 'appointment request', 'booking', 'request'] },
    core: ['appointmentRequest'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', 'Gentle, modern {topic} for the whole family. New patients welcome.', {
          label: 'Request an appointment',
          target: 'book',
        }),
        features('Our services', [
          ['Check-ups', 'Thorough, unhurried and explained in plain words.'],
          ['Hygiene', 'Cleaning and advice to keep problems away.'],
          ['Emergencies', 'Same-day slots kept free every morning.'],
          ['Nervous patients', 'We go at your pace; just tell us.'],
        ]),
        hours('Opening hours', [
          ['Monday – Thursday', '8:00 – 18:00'],
          ['Friday', '8:00 – 16:00'],
          ['Saturday', 'By appointment'],
        ]),
      ),
      page(
        'team',
        'Our team',
        team('Meet the team', [
          ['Dr Sara Holm', 'Principal', '15 years of practice, special interest in anxious patients.'],
          ['Dr Ravi Menon', 'Associate'],
          ['Tom Baker', 'Hygienist'],
        ]),
      ),
      page(
        'faq',
        'Questions',
        faq('Questions', [
          ['Do you take new patients?', 'Yes, use the form and we will call you back.'],
          ['What if it is an emergency?', 'Call us first thing; we keep same-day slots.'],
          ['Is there parking?', 'Two free spaces behind the building, and street parking.'],
        ]),
      ),
      page(
        'book',
        'Book',
        form(
          'Request an appointment',
          'appointmentRequest',
          'Send request',
          'Thanks, we will call you within one working day to confirm a time.',
        ),
      ),
      inbox('requests', 'Appointment requests', 'appointmentRequest', { filters: ['service', 'newPatient'] }),
    ],
  },
  {
    id: 'band-site',
    name: 'Band or musician website',
    kind: 'site',
    synonyms: [
      'band website',
      'musician website',
      'dj website',
      'singer website',
      'gig dates',
      'tour dates',
      'music artist page',
      'electronic press kit',
      'book the band',
      'choir website',
    ],
    description:
      'A site for a band, DJ or musician: upcoming gigs, a photo gallery, the story, and a form for booking enquiries.',
    collections: [
      collection(
        'enquiry',
        'Booking enquiry',
        'Booking enquiries',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          choice('eventType', 'Event', ['Wedding', 'Festival', 'Club night', 'Private party', 'Corporate']),
          date('date', 'Date'),
          text('venue', 'Venue or town'),
          longtext('message', 'Details'),
        ],
        {
          samples: [
            {
              name: 'Lina Park',
              email: 'lina@example.com',
              eventType: 'Wedding',
              date: '2027-06-12',
              venue: 'Oak Barn',
              message: 'Two sets, first dance song?',
            },
            {
              name: 'Riverside Fest',
              email: 'book@riverside.example',
              eventType: 'Festival',
              date: '2027-07-25',
              venue: 'Riverside Park',
            },
          ],
        },
      ),
    ],
    aliases: { enquiry: ['enquiry', 'inquiry', 'booking', 'message', 'gig request'] },
    core: ['enquiry'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', 'Loud, warm {topic} from a five-piece who love a packed dance floor.', {
          label: 'Book us',
          target: 'contact',
        }),
        schedule('Upcoming gigs', [
          ['Fri 12 Dec', 'The Crown, Leeds', 'Doors 8pm'],
          ['Sat 20 Dec', 'Winter Social, Manchester'],
          ['Sat 31 Jan', 'Corn Exchange, York', 'Tickets on sale now'],
        ]),
      ),
      page(
        'gallery',
        'Gallery',
        pictures('On stage', [
          ['Summer festival', 'Main stage, 2026'],
          ['Studio days', 'Recording the EP'],
          ['Sold-out night', 'The Crown'],
          ['Soundcheck', 'Behind the scenes'],
        ]),
      ),
      page(
        'about',
        'About',
        prose(
          'About us',
          '{name} started in a garage in 2019 and now plays 60 shows a year. Our new record about {topic} is out now.',
        ),
      ),
      page(
        'contact',
        'Contact',
        form(
          'Booking enquiries',
          'enquiry',
          'Send enquiry',
          'Thanks! Our manager will get back to you within a few days.',
        ),
      ),
      inbox('enquiries', 'Enquiries', 'enquiry', { filters: ['eventType'], sort: asc('date') }),
    ],
  },
  {
    id: 'nonprofit-site',
    name: 'Non-profit website',
    kind: 'site',
    synonyms: [
      'non-profit website',
      'nonprofit website',
      'charity website',
      'ngo website',
      'donate page',
      'donation page',
      'our mission page',
      'volunteer sign-up page',
      'community group website',
      'cause website',
    ],
    description:
      'A site for a charity or non-profit: the mission, the programmes and their impact, stories, and a form to pledge a donation or volunteer.',
    collections: [
      collection(
        'pledge',
        'Pledge',
        'Pledges',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          money('amount', 'Amount', { required: true, min: 1, message: 'Please pledge at least 1' }),
          bool('monthly', 'Give monthly', { default: false }),
          bool('volunteer', 'I would also like to volunteer', { default: false }),
          longtext('message', 'Message'),
        ],
        {
          samples: [
            { name: 'Helen Ward', email: 'helen@example.com', amount: 25, monthly: true, volunteer: false },
            {
              name: 'Tunde Okoye',
              email: 'tunde@example.com',
              amount: 100,
              monthly: false,
              volunteer: true,
              message: 'Happy to help on weekends',
            },
          ],
        },
      ),
    ],
    aliases: { pledge: ['pledge', 'donation', 'gift', 'supporter', 'sign-up'] },
    core: ['pledge'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name}',
          'We work for {topic}, with the people it matters to most. Every gift goes straight to our programmes.',
          { label: 'Donate', target: 'donate' },
        ),
        prose(
          'Our mission',
          'Since 2012 {name} has brought neighbours together around {topic}, because lasting change starts close to home.',
        ),
        features('What your support does', [
          ['£10', 'Buys a week of supplies for one family.'],
          ['£50', 'Trains a new volunteer.'],
          ['£250', 'Runs a community session for thirty people.'],
        ]),
        testimonials('Stories', [
          ['They treated me like a neighbour, not a case number.', 'Amira', 'Programme participant'],
          ['Volunteering here is the best part of my week.', 'George', 'Volunteer'],
        ]),
      ),
      page(
        'donate',
        'Donate',
        form(
          'Make a pledge',
          'pledge',
          'Pledge',
          'Thank you! We will email you the details to complete your gift.',
          'Give once or monthly; you can change it any time.',
        ),
      ),
      inbox('pledges', 'Pledges', 'pledge', { filters: ['monthly', 'volunteer'], totals: ['amount'] }),
    ],
  },
  {
    id: 'cv-site',
    name: 'Personal CV website',
    kind: 'site',
    synonyms: [
      'personal website',
      'cv website',
      'resume website',
      'online resume',
      'online cv',
      'about me page',
      'personal homepage',
      'developer portfolio',
      'job seeker site',
      'link in bio page',
    ],
    description:
      'A personal site with a short introduction, skills, a timeline of experience and education, and a contact form.',
    collections: [
      collection(
        'message',
        'Message',
        'Messages',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          choice('reason', 'Reason', ['Job opportunity', 'Freelance project', 'Just saying hi'], {
            default: 'Job opportunity',
          }),
          longtext('message', 'Message', { required: true }),
        ],
        {
          samples: [
            {
              name: 'Recruiter at Nova',
              email: 'talent@nova.example',
              reason: 'Job opportunity',
              message: 'We have a senior role that fits your profile.',
            },
            {
              name: 'Kim Lee',
              email: 'kim@example.com',
              reason: 'Just saying hi',
              message: 'Loved your talk last week!',
            },
          ],
        },
      ),
    ],
    aliases: { message: ['message', 'contact', 'enquiry'] },
    core: ['message'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          'Hi, I\u2019m {name}',
          'I work on {topic}, and I like turning messy problems into simple, useful things.',
          { label: 'Get in touch', target: 'contact' },
        ),
        features('What I do', [
          ['Product thinking', 'From a rough idea to something people use.'],
          ['Hands-on building', 'I design, write and ship.'],
          ['Clear communication', 'Plain words for every audience.'],
        ]),
      ),
      page(
        'experience',
        'Experience',
        schedule('Experience', [
          ['2023 – now', 'Lead, {topic}', 'Brightside Ltd'],
          ['2019 – 2023', 'Senior specialist', 'Fieldnotes'],
          ['2015 – 2019', 'BSc', 'University of Leeds'],
        ]),
      ),
      page(
        'contact',
        'Contact',
        form('Say hello', 'message', 'Send', 'Thanks for writing, I will reply soon.'),
      ),
      inbox('messages', 'Messages', 'message', { filters: ['reason'] }),
    ],
  },
  {
    id: 'agency-site',
    name: 'Agency or studio website',
    kind: 'site',
    synonyms: [
      'agency website',
      'design agency website',
      'studio website',
      'marketing agency site',
      'consultancy website',
      'web design agency',
      'creative studio',
      'our services page',
      'case studies',
      'small business website',
    ],
    description:
      'A site for an agency, studio or consultancy: services, selected work, the team, client testimonials and a project enquiry form.',
    collections: [
      collection(
        'enquiry',
        'Project enquiry',
        'Project enquiries',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          text('company', 'Company'),
          choice('service', 'Service', ['Branding', 'Website', 'Campaign', 'Strategy', 'Not sure yet']),
          choice('budget', 'Budget', ['Under 5k', '5–20k', '20–50k', '50k+']),
          longtext('brief', 'Tell us about the project', { required: true }),
        ],
        {
          samples: [
            {
              name: 'Lucy Tran',
              email: 'lucy@greenleaf.example',
              company: 'Greenleaf',
              service: 'Branding',
              budget: '5–20k',
              brief: 'New identity for our grocery stores.',
            },
            {
              name: 'Omar Farouk',
              email: 'omar@tidal.example',
              company: 'Tidal',
              service: 'Website',
              budget: '20–50k',
              brief: 'Rebuild our marketing site.',
            },
          ],
        },
      ),
    ],
    aliases: { enquiry: ['enquiry', 'inquiry', 'brief', 'lead', 'project request'] },
    core: ['enquiry'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name}',
          'An independent studio for {topic}. We help ambitious teams look as good as they are.',
          { label: 'Start a project', target: 'contact' },
        ),
        features('Services', [
          ['Brand identity', 'Names, logos and systems that last.'],
          ['Websites', 'Fast, accessible sites your team can edit.'],
          ['Campaigns', 'Ideas that travel across every channel.'],
          ['Strategy', 'Research and positioning before pixels.'],
        ]),
        testimonials('Clients', [
          ['They understood our business better than we did.', 'Lucy Tran', 'Founder, Greenleaf'],
          ['On time, on budget and a joy to work with.', 'Marcus Hale', 'CMO, Tidal'],
        ]),
      ),
      page(
        'work',
        'Work',
        pictures('Selected work', [
          ['Greenleaf', 'Brand identity'],
          ['Tidal', 'Website'],
          ['Northern Trust', 'Campaign'],
          ['Mosaic', 'Packaging'],
        ]),
      ),
      page(
        'team',
        'Team',
        team('The team', [
          ['Ana Ruiz', 'Creative director'],
          ['Ben Cole', 'Design lead'],
          ['Priya Das', 'Strategy'],
          ['Sam Oduya', 'Developer'],
        ]),
      ),
      page(
        'contact',
        'Contact',
        form('Start a project', 'enquiry', 'Send brief', 'Thanks! We will reply within two working days.'),
      ),
      inbox('enquiries', 'Enquiries', 'enquiry', { filters: ['service', 'budget'] }),
    ],
  },
  {
    id: 'studio-site',
    name: 'Gym or fitness studio website',
    kind: 'site',
    synonyms: [
      'gym website',
      'fitness studio website',
      'yoga studio website',
      'class timetable page',
      'personal trainer website',
      'dance studio website',
      'boxing gym website',
      'free trial class',
      'membership prices page',
      'climbing gym website',
    ],
    description:
      'A site for a gym or studio: the weekly class timetable, membership prices, the coaches and a free-trial sign-up form.',
    collections: [
      collection(
        'trial',
        'Trial sign-up',
        'Trial sign-ups',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          phone('phone', 'Phone'),
          choice('classType', 'Class you want to try', ['Yoga', 'HIIT', 'Spin', 'Strength', 'Boxing']),
          date('preferredDate', 'Preferred day'),
          choice('experience', 'Experience', ['New to this', 'Some', 'Lots']),
        ],
        {
          samples: [
            {
              name: 'Becky Shaw',
              email: 'becky@example.com',
              classType: 'Yoga',
              preferredDate: '2026-12-06',
              experience: 'New to this',
            },
            {
              name: 'Dev Anand',
              email: 'dev@example.com',
              phone: '555-0177',
              classType: 'Boxing',
              experience: 'Some',
            },
          ],
        },
      ),
    ],
    aliases: { trial: ['trial', 'free trial', 'sign-up', 'lead', 'booking'] },
    core: ['trial'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', 'Friendly {topic} classes for every body. Your first class is free.', {
          label: 'Try a free class',
          target: 'trial',
        }),
        features('Why {name}', [
          ['Small classes', 'Never more than 14, so coaches know your name.'],
          ['All levels', 'Every move has an easier and a harder option.'],
          ['Open early and late', 'Classes from 6:30 to 21:00.'],
        ]),
      ),
      page(
        'timetable',
        'Timetable',
        schedule('This week', [
          ['Mon 07:00', 'Morning yoga', 'Nia'],
          ['Mon 18:30', 'HIIT 45', 'Carlos'],
          ['Wed 19:00', 'Spin', 'Jo'],
          ['Sat 10:00', 'Strength basics', 'Carlos'],
        ]),
      ),
      page(
        'prices',
        'Prices',
        pricing('Membership', [
          { name: 'Drop-in', price: '£12', period: 'per class', features: ['Any class', 'No commitment'] },
          {
            name: 'Unlimited',
            price: '£59',
            period: 'per month',
            features: ['Every class', 'Open gym', 'Bring a friend monthly'],
            highlighted: true,
          },
          { name: '10-class pack', price: '£95', features: ['Use within 3 months', 'Share with family'] },
        ]),
        team('Coaches', [
          ['Nia Brooks', 'Yoga and Pilates'],
          ['Carlos Vega', 'Strength and HIIT'],
          ['Jo Kim', 'Spin'],
        ]),
      ),
      page(
        'trial',
        'Free trial',
        form(
          'Book your free class',
          'trial',
          'Book free class',
          'See you soon! We will email you the details.',
        ),
      ),
      inbox('trials', 'Trial sign-ups', 'trial', { filters: ['classType', 'experience'] }),
    ],
  },
  {
    id: 'hotel-site',
    name: 'Hotel or B&B website',
    kind: 'site',
    synonyms: [
      'hotel website',
      'b&b website',
      'guesthouse website',
      'holiday cottage website',
      'vacation rental website',
      'boutique hotel site',
      'book a room online',
      'campsite website',
      'inn website',
      'lodge website',
    ],
    description:
      'A site for a hotel, B&B or holiday let: the rooms, pictures, what is nearby, check-in times, questions and a booking request form.',
    collections: [
      collection(
        'stayRequest',
        'Booking request',
        'Booking requests',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          date('arrival', 'Arrival', { required: true, default: 'today' }),
          // A day after today, so the form holds a stay that keeps its rule before anyone edits it.
          date('departure', 'Departure', { required: true, default: 'today+1' }),
          num('guests', 'Guests', { required: true, min: 1, max: 8, default: 2 }),
          choice('room', 'Room', ['Garden double', 'Sea-view suite', 'Family room']),
          longtext('message', 'Anything else'),
        ],
        {
          rules: [
            rule(gt($('departure'), $('arrival')), 'Departure must be at least one night after arrival'),
          ],
          samples: [
            {
              name: 'Claire Dupont',
              email: 'claire@example.com',
              arrival: '2027-04-10',
              departure: '2027-04-13',
              guests: 2,
              room: 'Sea-view suite',
            },
            {
              name: 'The Mehta family',
              email: 'mehta@example.com',
              arrival: '2027-07-20',
              departure: '2027-07-27',
              guests: 4,
              room: 'Family room',
              message: 'Travel cot please',
            },
          ],
        },
      ),
    ],
    aliases: { stayRequest: ['booking', 'booking request', 'reservation', 'stay', 'enquiry'] },
    core: ['stayRequest'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', 'A small, quiet place to stay for {topic}. Breakfast included, dogs welcome.', {
          label: 'Check availability',
          target: 'book',
        }),
        features('Rooms', [
          ['Garden double', 'Opens onto the garden. From £95 a night.'],
          ['Sea-view suite', 'Bay window and a roll-top bath. From £150.'],
          ['Family room', 'A double and two singles. From £130.'],
        ]),
        hours('Arrivals', [
          ['Check-in', '15:00 – 20:00'],
          ['Check-out', 'by 11:00'],
          ['Breakfast', '8:00 – 10:00'],
        ]),
      ),
      page(
        'gallery',
        'Gallery',
        pictures('Have a look', [
          ['The garden', 'Breakfast outside in summer'],
          ['Sea-view suite'],
          ['The lounge', 'Fire lit from October'],
          ['The beach', 'Five minutes\u2019 walk'],
        ]),
      ),
      page(
        'faq',
        'Questions',
        faq('Good to know', [
          ['Is there parking?', 'Free parking for every room.'],
          ['Do you take dogs?', 'Yes, in the garden double, £10 a night.'],
          ['How do I cancel?', 'Free cancellation up to 7 days before arrival.'],
        ]),
      ),
      page(
        'book',
        'Book',
        form(
          'Request a booking',
          'stayRequest',
          'Check availability',
          'Thank you! We will reply within a day with availability and a price.',
        ),
      ),
      inbox('requests', 'Booking requests', 'stayRequest', { sort: asc('arrival'), filters: ['room'] }),
    ],
  },
  {
    id: 'agency-listings-site',
    name: 'Real-estate agency website',
    kind: 'site',
    synonyms: [
      'real estate website',
      'estate agency website',
      'realtor website',
      'property website',
      'free valuation',
      'home valuation form',
      'lettings agency website',
      'sell my house page',
      'property agent site',
      'housing agency page',
    ],
    description:
      'A site for an estate or letting agency: services, featured homes, the agents, client reviews and a free valuation request form.',
    collections: [
      collection(
        'valuationRequest',
        'Valuation request',
        'Valuation requests',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          phone('phone', 'Phone'),
          text('address', 'Property address', { required: true }),
          choice('propertyType', 'Property type', ['Flat', 'Terraced', 'Semi-detached', 'Detached']),
          choice('intent', 'Looking to', ['Sell', 'Let', 'Just curious']),
        ],
        {
          samples: [
            {
              name: 'Paul Adams',
              email: 'paul@example.com',
              address: '7 Willow Close',
              propertyType: 'Semi-detached',
              intent: 'Sell',
            },
            {
              name: 'Nina Roth',
              email: 'nina@example.com',
              phone: '555-0188',
              address: 'Flat 9, Dock Road',
              propertyType: 'Flat',
              intent: 'Let',
            },
          ],
        },
      ),
    ],
    aliases: { valuationRequest: ['valuation', 'valuation request', 'appraisal', 'lead', 'enquiry'] },
    core: ['valuationRequest'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name}',
          'Local agents for {topic}, selling and letting homes across the area for twenty years.',
          { label: 'Book a free valuation', target: 'valuation' },
        ),
        features('How we help', [
          ['Selling', 'Honest pricing, great photos and accompanied viewings.'],
          ['Letting', 'Tenant finding or full management.'],
          ['Moving up', 'One team for selling and buying, so dates line up.'],
        ]),
        pictures('Featured homes', [
          ['12 Elm Row', '3 bed terrace, £325,000'],
          ['Quay Street', '2 bed flat, £210,000'],
          ['Willow Close', '4 bed detached, £495,000'],
        ]),
        testimonials('Reviews', [
          ['Sold in nine days, above asking.', 'The Fields family', 'Sellers'],
          ['They found us great tenants and handle everything.', 'Raj M.', 'Landlord'],
        ]),
      ),
      page(
        'team',
        'Our agents',
        team('Meet the agents', [
          ['Hannah Reid', 'Sales manager'],
          ['Kiran Shah', 'Lettings manager'],
          ['Joe Barnes', 'Valuer'],
        ]),
      ),
      page(
        'valuation',
        'Free valuation',
        form(
          'Book a free valuation',
          'valuationRequest',
          'Request valuation',
          'Thanks, an agent will call you to arrange a visit.',
        ),
      ),
      inbox('valuations', 'Valuation requests', 'valuationRequest', { filters: ['intent', 'propertyType'] }),
    ],
  },
  {
    id: 'course-site',
    name: 'Course or teacher website',
    kind: 'site',
    synonyms: [
      'course website',
      'course landing page',
      'teacher website',
      'online class page',
      'workshop sales page',
      'bootcamp website',
      'coaching website',
      'masterclass page',
      'enrol now page',
      'language school website',
    ],
    description:
      'A site that sells a course or class: what you will learn, the curriculum, the teacher, prices, reviews, questions and an enrolment form.',
    collections: [
      collection(
        'enrolment',
        'Enrolment',
        'Enrolments',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          choice('option', 'Option', ['Self-paced', 'Live cohort', 'One-to-one'], {
            required: true,
            default: 'Live cohort',
          }),
          choice('level', 'Your level', ['Beginner', 'Some experience', 'Advanced']),
          longtext('goals', 'What do you hope to learn?'),
        ],
        {
          samples: [
            {
              name: 'Rosa Martín',
              email: 'rosa@example.com',
              option: 'Live cohort',
              level: 'Beginner',
              goals: 'Paint my first landscape',
            },
            {
              name: 'Yusuf Kaya',
              email: 'yusuf@example.com',
              option: 'Self-paced',
              level: 'Some experience',
            },
          ],
        },
      ),
    ],
    aliases: { enrolment: ['enrolment', 'enrollment', 'registration', 'sign-up', 'student'] },
    core: ['enrolment'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          'Learn {topic} with {name}',
          'A friendly six-week course that takes you from first steps to confident, with feedback on every piece.',
          { label: 'Enrol now', target: 'enrol' },
        ),
        features('What you will learn', [
          ['The foundations', 'The few ideas everything else rests on.'],
          ['Real projects', 'One finished piece every week.'],
          ['Personal feedback', 'Notes on your work from the teacher.'],
        ]),
        schedule('Curriculum', [
          ['Week 1', 'Getting started'],
          ['Week 2', 'Core techniques'],
          ['Week 3', 'Practice project'],
          ['Week 4', 'Going further'],
          ['Week 5', 'Your own style'],
          ['Week 6', 'Final project and review'],
        ]),
        team('Your teacher', [['{name}', 'Teacher', 'Has taught {topic} to over 2,000 students.']]),
      ),
      page(
        'pricing',
        'Pricing',
        pricing('Ways to join', [
          { name: 'Self-paced', price: '$79', features: ['All lessons', 'Lifetime access'] },
          {
            name: 'Live cohort',
            price: '$249',
            features: ['Weekly live sessions', 'Feedback on every project', 'Community'],
            highlighted: true,
          },
          { name: 'One-to-one', price: '$590', features: ['Six private sessions', 'A plan made for you'] },
        ]),
        testimonials('Students say', [
          ['I finally get it. The weekly projects made all the difference.', 'Rosa M.', 'Student'],
          ['Clear, kind and practical.', 'Tom W.', 'Student'],
        ]),
        faq('Questions', [
          ['Do I need any experience?', 'No, week one starts from zero.'],
          ['What if I fall behind?', 'Lessons stay open; catch up when you can.'],
        ]),
      ),
      page(
        'enrol',
        'Enrol',
        form('Enrol', 'enrolment', 'Save my place', 'Welcome aboard! Check your email for the next steps.'),
      ),
      inbox('enrolments', 'Enrolments', 'enrolment', { filters: ['option', 'level'] }),
    ],
  },
  {
    id: 'waitlist',
    name: 'App waitlist and launch page',
    kind: 'site',
    synonyms: [
      'waitlist',
      'waiting list page',
      'coming soon page',
      'launch page',
      'pre-launch page',
      'beta signup',
      'early access',
      'join the waitlist',
      'product hunt launch',
      'email capture page',
    ],
    description:
      'A coming-soon page for a new app: a promise, three reasons to care, questions and a form to join the waitlist for early access.',
    collections: [
      collection(
        'waitlistEntry',
        'Waitlist entry',
        'Waitlist',
        [
          email('email', 'Email', { required: true }),
          text('name', 'Name'),
          choice('role', 'I am a…', ['Individual', 'Team lead', 'Developer', 'Other']),
          choice('heardFrom', 'Heard about us from', ['Friend', 'Social media', 'Newsletter', 'Search']),
          date('joined', 'Joined', { default: 'today' }),
        ],
        {
          titleField: 'email',
          samples: [
            {
              email: 'ana@example.com',
              name: 'Ana',
              role: 'Team lead',
              heardFrom: 'Friend',
              joined: '2026-11-29',
            },
            { email: 'jp@example.com', role: 'Developer', heardFrom: 'Social media', joined: '2026-12-01' },
          ],
        },
      ),
    ],
    aliases: { waitlistEntry: ['waitlist entry', 'signup', 'sign-up', 'subscriber', 'lead'] },
    core: ['waitlistEntry'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name} is coming soon',
          'The simplest way to handle {topic}. Join the waitlist and be first in line.',
          { label: 'Join the waitlist', target: '#waitlist' },
        ),
        features('Why you will love it', [
          ['Fast', 'Opens instantly, works offline.'],
          ['Simple', 'Everything you need, nothing you don\u2019t.'],
          ['Private', 'Your data stays yours.'],
        ]),
        form(
          'Join the waitlist',
          'waitlistEntry',
          'Join the waitlist',
          'You are on the list! We will email you when your invite is ready.',
        ),
        faq('Questions', [
          ['When does it launch?', 'Early next year; waitlist members get in first.'],
          ['Will it be free?', 'There will be a free plan, forever.'],
        ]),
      ),
      inbox('list', 'Waitlist', 'waitlistEntry', { filters: ['role', 'heardFrom'], sort: desc('joined') }),
    ],
  },
  {
    id: 'shop-site',
    name: 'Local shop website',
    kind: 'site',
    synonyms: [
      'local shop website',
      'shop website',
      'store website',
      'florist website',
      'bookshop website',
      'boutique website',
      'hardware store website',
      'corner shop',
      'click and collect',
      'shop opening hours',
    ],
    description:
      'A website for a local shop: what it sells, opening hours, where to find it, kind words from customers and a form to ask or order for collection.',
    collections: [
      collection(
        'request',
        'Request',
        'Requests',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          phone('phone', 'Phone'),
          choice('kind', 'I would like to', ['Ask a question', 'Order for collection', 'Reserve an item']),
          date('collectOn', 'Collect on'),
          longtext('details', 'Details', { required: true }),
        ],
        {
          samples: [
            {
              name: 'Marion Blake',
              email: 'marion@example.com',
              kind: 'Order for collection',
              collectOn: '2026-12-05',
              details: 'A mixed winter bouquet, around £30.',
            },
            {
              name: 'Jacob Stein',
              email: 'jacob@example.com',
              kind: 'Ask a question',
              details: 'Do you stock secateurs?',
            },
          ],
        },
      ),
    ],
    aliases: { request: ['request', 'order', 'question', 'message', 'reservation'] },
    core: ['request'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name}',
          'Your neighbourhood shop for {topic}. Friendly advice, local makers, open six days a week.',
          { label: 'Order for collection', target: 'contact' },
        ),
        features('In the shop', [
          ['Local makers', 'Most of what we sell is made within 30 miles.'],
          ['Gift wrapping', 'Free, always, with a handwritten card.'],
          ['Click and collect', 'Order online, pick up the same day.'],
        ]),
        hours('Opening hours', [
          ['Tuesday – Saturday', '9:00 – 17:30'],
          ['Sunday', '10:00 – 16:00'],
          ['Monday', 'Closed'],
        ]),
        testimonials('Customers say', [
          ['The kind of shop every high street needs.', 'Margaret', 'Regular'],
          ['Found the perfect present in five minutes.', 'Tom', 'Customer'],
        ]),
      ),
      page(
        'visit',
        'Visit us',
        prose(
          'Find us',
          '{name} is at 14 High Street, opposite the library. Free parking behind the church.',
        ),
      ),
      page(
        'contact',
        'Order or ask',
        form(
          'Order or ask a question',
          'request',
          'Send',
          'Thanks! We will reply by email, usually the same day.',
        ),
      ),
      inbox('requests', 'Requests', 'request', { filters: ['kind'], sort: asc('collectOn') }),
    ],
  },
  {
    id: 'salon-site',
    name: 'Salon or barber website',
    kind: 'site',
    synonyms: [
      'salon website',
      'hair salon website',
      'barber website',
      'beauty salon website',
      'spa website',
      'nail salon website',
      'massage therapist website',
      'treatment price list',
      'book a haircut',
      'beauty price list',
    ],
    description:
      'A site for a salon, barber or spa: treatments with prices, the stylists, opening hours, reviews and an appointment request form.',
    collections: [
      collection(
        'appointmentRequest',
        'Appointment request',
        'Appointment requests',
        [
          text('name', 'Name', { required: true }),
          phone('phone', 'Phone', { required: true }),
          choice(
            'treatment',
            'Treatment',
            ['Cut and finish', 'Colour', 'Beard trim', 'Manicure', 'Massage'],
            { required: true },
          ),
          text('stylist', 'Preferred stylist'),
          date('preferredDate', 'Preferred date'),
          longtext('notes', 'Anything we should know'),
        ],
        {
          rules: [
            rule(
              or(isEmpty($('preferredDate')), gte($('preferredDate'), today)),
              'Please choose today or a later date',
            ),
          ],
          samples: [
            {
              name: 'Rosie Clarke',
              phone: '555-0180',
              treatment: 'Colour',
              stylist: 'Bea',
              preferredDate: '2026-12-10',
            },
            { name: 'Imran Shah', phone: '555-0181', treatment: 'Beard trim', preferredDate: '2026-12-04' },
          ],
        },
      ),
    ],
    aliases: { appointmentRequest: ['appointment', 'booking', 'appointment request', 'request'] },
    core: ['appointmentRequest'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', 'Relaxed, expert {topic} in the heart of town. Walk-ins welcome when we can.', {
          label: 'Book an appointment',
          target: 'book',
        }),
        menu('Treatments', [
          [
            'Hair',
            [
              ['Cut and finish', '£45'],
              ['Full colour', 'from £70'],
              ['Blow-dry', '£25'],
            ],
          ],
          [
            'Barber',
            [
              ['Skin fade', '£22'],
              ['Beard trim', '£15'],
            ],
          ],
          [
            'Hands and body',
            [
              ['Gel manicure', '£30'],
              ['Back massage, 30 min', '£35'],
            ],
          ],
        ]),
        hours('Opening hours', [
          ['Tuesday – Friday', '9:00 – 19:00'],
          ['Saturday', '8:30 – 17:00'],
          ['Sunday and Monday', 'Closed'],
        ]),
        testimonials('Reviews', [
          ['Best haircut I have had in years.', 'Jess', 'Client'],
          ['Friendly, on time and a great head massage.', 'Sam', 'Client'],
        ]),
      ),
      page(
        'team',
        'Team',
        team('Our stylists', [
          ['Bea', 'Senior stylist', 'Colour specialist'],
          ['Kai', 'Barber'],
          ['Lou', 'Nail and beauty therapist'],
        ]),
      ),
      page(
        'book',
        'Book',
        form(
          'Request an appointment',
          'appointmentRequest',
          'Request appointment',
          'Thanks! We will text you to confirm a time.',
        ),
      ),
      inbox('requests', 'Appointment requests', 'appointmentRequest', {
        filters: ['treatment'],
        sort: asc('preferredDate'),
      }),
    ],
  },
  {
    id: 'professional-site',
    name: 'Professional services website',
    kind: 'site',
    synonyms: [
      'law firm website',
      'accountant website',
      'lawyer website',
      'financial adviser website',
      'consultant website',
      'architect website',
      'bookkeeper website',
      'tax advisor website',
      'book a consultation',
      'free consultation form',
    ],
    description:
      'A site for a law firm, accountant or consultant: areas of practice, the people, how fees work, questions and a consultation request form.',
    collections: [
      collection(
        'consultation',
        'Consultation request',
        'Consultation requests',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          phone('phone', 'Phone'),
          choice('area', 'Area', ['Business', 'Personal', 'Property', 'Tax', 'Other'], { required: true }),
          choice('contactBy', 'Contact me by', ['Email', 'Phone']),
          longtext('summary', 'Briefly, how can we help?', { required: true }),
        ],
        {
          samples: [
            {
              name: 'Henrik Olsen',
              email: 'henrik@example.com',
              area: 'Business',
              contactBy: 'Email',
              summary: 'Setting up a limited company for my studio.',
            },
            {
              name: 'Amelia Ross',
              email: 'amelia@example.com',
              phone: '555-0191',
              area: 'Property',
              contactBy: 'Phone',
              summary: 'Buying my first flat.',
            },
          ],
        },
      ),
    ],
    aliases: { consultation: ['consultation', 'enquiry', 'inquiry', 'request', 'lead'] },
    core: ['consultation'],
    pages: [
      page(
        'home',
        'Home',
        hero(
          '{name}',
          'Clear, practical advice on {topic} for people and small businesses. First conversation free.',
          { label: 'Book a consultation', target: 'contact' },
        ),
        features('How we can help', [
          ['For businesses', 'Setting up, contracts, growth and the paperwork in between.'],
          ['For individuals', 'Life changes, property and planning ahead.'],
          ['Fixed fees', 'A price agreed up front, so there are no surprises.'],
        ]),
        testimonials('Clients say', [
          ['They explained everything in plain English.', 'Henrik O.', 'Business owner'],
          ['Quick, clear and fairly priced.', 'Amelia R.', 'Client'],
        ]),
      ),
      page(
        'people',
        'Our people',
        team('Our people', [
          ['Adwoa Mensah', 'Partner', 'Twenty years advising on {topic}.'],
          ['Richard Cole', 'Senior associate'],
          ['Mei Tanaka', 'Associate'],
        ]),
      ),
      page(
        'faq',
        'Fees and questions',
        faq('Questions', [
          ['How much does a first meeting cost?', 'The first 30 minutes are free.'],
          ['Do you work remotely?', 'Yes, by video or phone, or in our office.'],
          ['How are fees set?', 'Fixed fees for most work; hourly only when we cannot predict it.'],
        ]),
      ),
      page(
        'contact',
        'Contact',
        form(
          'Book a free consultation',
          'consultation',
          'Send request',
          'Thanks, we will be in touch within one working day.',
        ),
      ),
      inbox('requests', 'Consultation requests', 'consultation', { filters: ['area', 'contactBy'] }),
    ],
  },
  {
    id: 'community-site',
    name: 'Community group or club website',
    kind: 'site',
    synonyms: [
      'club website',
      'community website',
      'church website',
      'sports club website',
      'scout group website',
      'residents association website',
      'join our club',
      'membership sign-up page',
      'parish website',
      'society website',
    ],
    description:
      'A site for a club, congregation or community group: who you are, regular meetings, upcoming events, questions and a join-us form.',
    collections: [
      collection(
        'joinRequest',
        'Join request',
        'Join requests',
        [
          text('name', 'Name', { required: true }),
          email('email', 'Email', { required: true }),
          phone('phone', 'Phone'),
          choice(
            'interest',
            'I am interested in',
            ['Joining', 'Volunteering', 'Coming to an event', 'Just finding out more'],
            { default: 'Joining' },
          ),
          longtext('message', 'Message'),
        ],
        {
          samples: [
            { name: 'Grace Obi', email: 'grace@example.com', interest: 'Joining' },
            {
              name: 'Felix Moreau',
              email: 'felix@example.com',
              interest: 'Volunteering',
              message: 'I can help with the website.',
            },
          ],
        },
      ),
    ],
    aliases: { joinRequest: ['join request', 'sign-up', 'membership request', 'enquiry', 'member'] },
    core: ['joinRequest'],
    pages: [
      page(
        'home',
        'Home',
        hero('{name}', 'A friendly group for everyone who loves {topic}. New faces always welcome.', {
          label: 'Join us',
          target: 'join',
        }),
        prose(
          'About us',
          '{name} has met every week since 1998. We are run by volunteers and open to all ages and abilities.',
        ),
        schedule('Regular meetings', [
          ['Tuesdays 19:00', 'Club night', 'Village hall'],
          ['Saturdays 10:00', 'Beginners session'],
          ['First Sunday', 'Family day'],
        ]),
      ),
      page(
        'events',
        'Events',
        schedule('Coming up', [
          ['13 Dec', 'Winter social', 'Mince pies and a quiz'],
          ['10 Jan', 'Annual meeting'],
          ['7 Feb', 'Open day'],
        ]),
      ),
      page(
        'faq',
        'Questions',
        faq('Questions', [
          ['How much does it cost?', 'Membership is £30 a year; your first visit is free.'],
          ['Do I need any experience?', 'Not at all, beginners are our favourite.'],
          ['Is the venue accessible?', 'Yes, step-free with an accessible toilet.'],
        ]),
      ),
      page(
        'join',
        'Join',
        form('Join us', 'joinRequest', 'Send', 'Thanks! Someone from the committee will be in touch soon.'),
      ),
      inbox('requests', 'Join requests', 'joinRequest', { filters: ['interest'] }),
    ],
  },
];
