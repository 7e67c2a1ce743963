/**
 * The platform's shared vocabulary: who is calling ({@link org.tangier.platform.Caller}, {@link org.tangier.platform.Role}),
 * how errors reach clients ({@link org.tangier.platform.ProblemException}), and the UI shell (layout, navigation,
 * languages). Every part may use it; it uses no part.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tangier.platform;
