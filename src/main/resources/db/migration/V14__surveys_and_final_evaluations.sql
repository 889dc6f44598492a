-- Surveys and final evaluations: reusable survey templates with bilingual questions, trainees' anonymous final
-- course evaluations, and faculty's final competency evaluation of each trainee. Seeds one default template of each
-- purpose so every installation can evaluate from the start.

create table survey_template (
    id               bigint       not null auto_increment,
    title            varchar(200) not null,
    purpose          varchar(32)  not null,
    default_template boolean      default false not null,
    retired          boolean      default false not null,
    version          bigint       default 0 not null,
    primary key (id)
);

create index ix_survey_template_purpose on survey_template (purpose, retired);

create table survey_question (
    id          bigint        not null auto_increment,
    template_id bigint        not null,
    sort_order  int           not null,
    kind        varchar(16)   not null,
    text_en     varchar(500)  not null,
    text_es     varchar(500)  not null,
    required    boolean       default true not null,
    version     bigint        default 0 not null,
    primary key (id),
    constraint fk_survey_question_template foreign key (template_id) references survey_template (id) on delete cascade
);

create index ix_survey_question_template on survey_question (template_id, sort_order);

-- A course evaluates with the default course-evaluation template unless an administrator picked another here.
create table course_evaluation_template (
    id          bigint not null auto_increment,
    course_id   bigint not null,
    template_id bigint not null,
    version     bigint default 0 not null,
    primary key (id),
    constraint uq_course_evaluation_template unique (course_id),
    constraint fk_course_evaluation_template_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_course_evaluation_template_template foreign key (template_id) references survey_template (id)
);

-- That a trainee answered a course's evaluation (so they answer once), kept apart from what they answered.
create table course_evaluation_receipt (
    id           bigint      not null auto_increment,
    course_id    bigint      not null,
    trainee_id   bigint      not null,
    submitted_at datetime(3) not null,
    version      bigint      default 0 not null,
    primary key (id),
    constraint uq_course_evaluation_receipt unique (course_id, trainee_id),
    constraint fk_course_evaluation_receipt_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_course_evaluation_receipt_trainee foreign key (trainee_id) references account (id)
);

create index ix_course_evaluation_receipt_trainee on course_evaluation_receipt (trainee_id);

-- The answers, with no link to the trainee: faculty and administrators can only ever read them as a group.
create table course_evaluation_response (
    id           bigint not null auto_increment,
    course_id    bigint not null,
    template_id  bigint not null,
    submitted_on date   not null,
    primary key (id),
    constraint fk_course_evaluation_response_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_course_evaluation_response_template foreign key (template_id) references survey_template (id)
);

create index ix_course_evaluation_response_course on course_evaluation_response (course_id);

create table course_evaluation_answer (
    id          bigint        not null auto_increment,
    response_id bigint        not null,
    question_id bigint        not null,
    likert      int           null,
    yes_no      boolean       null,
    text_answer varchar(4000) null,
    primary key (id),
    constraint fk_course_evaluation_answer_response foreign key (response_id) references course_evaluation_response (id) on delete cascade,
    constraint fk_course_evaluation_answer_question foreign key (question_id) references survey_question (id)
);

create index ix_course_evaluation_answer_question on course_evaluation_answer (question_id);

create table competency_evaluation (
    id             bigint        not null auto_increment,
    enrollment_id  bigint        not null,
    template_id    bigint        not null,
    author_id      bigint        not null,
    status         varchar(16)   not null,
    recommendation varchar(32)   null,
    narrative      text          null,
    updated_on     date          not null,
    submitted_on   date          null,
    version        bigint        default 0 not null,
    primary key (id),
    constraint uq_competency_evaluation_enrollment unique (enrollment_id),
    constraint fk_competency_evaluation_enrollment foreign key (enrollment_id) references enrollment (id),
    constraint fk_competency_evaluation_template foreign key (template_id) references survey_template (id),
    constraint fk_competency_evaluation_author foreign key (author_id) references account (id)
);

create table competency_rating (
    id            bigint not null auto_increment,
    evaluation_id bigint not null,
    question_id   bigint not null,
    rating        int    not null,
    version       bigint default 0 not null,
    primary key (id),
    constraint uq_competency_rating unique (evaluation_id, question_id),
    constraint fk_competency_rating_evaluation foreign key (evaluation_id) references competency_evaluation (id) on delete cascade,
    constraint fk_competency_rating_question foreign key (question_id) references survey_question (id)
);

insert into survey_template (title, purpose, default_template) values ('Final course evaluation', 'COURSE_EVALUATION', true);
insert into survey_template (title, purpose, default_template) values ('Final competency evaluation', 'COMPETENCY_EVALUATION', true);

insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 1, 'LIKERT', 'The course content was relevant to my consultation work.',
       'El contenido del curso fue pertinente para mi trabajo de consultoría.', true
from survey_template where purpose = 'COURSE_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 2, 'LIKERT', 'The course materials and activities helped me learn.',
       'Los materiales y las actividades del curso me ayudaron a aprender.', true
from survey_template where purpose = 'COURSE_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 3, 'LIKERT', 'The faculty taught effectively and were responsive to questions.',
       'El profesorado enseñó con eficacia y respondió a las preguntas.', true
from survey_template where purpose = 'COURSE_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 4, 'YES_NO', 'Would you recommend this course to a colleague?',
       '¿Recomendaría este curso a un colega?', true
from survey_template where purpose = 'COURSE_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 5, 'TEXT', 'Comments and suggestions for the course.',
       'Comentarios y sugerencias sobre el curso.', false
from survey_template where purpose = 'COURSE_EVALUATION' and default_template = true;

insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 1, 'LIKERT', 'Relationship-based practice', 'Práctica basada en las relaciones', true
from survey_template where purpose = 'COMPETENCY_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 2, 'LIKERT', 'Reflective practice', 'Práctica reflexiva', true
from survey_template where purpose = 'COMPETENCY_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 3, 'LIKERT', 'Consultation skills', 'Habilidades de consultoría', true
from survey_template where purpose = 'COMPETENCY_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 4, 'LIKERT', 'Diversity, equity and inclusion', 'Diversidad, equidad e inclusión', true
from survey_template where purpose = 'COMPETENCY_EVALUATION' and default_template = true;
insert into survey_question (template_id, sort_order, kind, text_en, text_es, required)
select id, 5, 'LIKERT', 'Infant and early childhood development', 'Desarrollo infantil y de la primera infancia', true
from survey_template where purpose = 'COMPETENCY_EVALUATION' and default_template = true;
