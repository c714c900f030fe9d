from .board import Alumnus, Reply, Thread
from .cohorts import Application, CalendarFeed, Cohort, Session
from .pages import (
    COURSES_PER_PAGE,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    Level,
    ModulePage,
    course_of,
    original_of,
)
from .records import STATUS_LIST_SIZE, Attempt, Certificate, Enrolment, LessonCompletion

__all__ = [
    "Alumnus",
    "Reply",
    "Thread",
    "Application",
    "CalendarFeed",
    "Cohort",
    "Session",
    "COURSES_PER_PAGE",
    "STATUS_LIST_SIZE",
    "Attempt",
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "Level",
    "ModulePage",
    "course_of",
    "original_of",
]
