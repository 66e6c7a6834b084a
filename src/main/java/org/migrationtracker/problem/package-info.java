/**
 * The API's error shape: RFC 9457 problem details, written by the filters that answer before Spring MVC does
 * ({@link org.migrationtracker.problem.ProblemAnswer}); Spring MVC's answers are turned into the same shape by the
 * security module's {@code ApiProblems}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package org.migrationtracker.problem;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
